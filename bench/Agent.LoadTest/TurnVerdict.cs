namespace SegmentAI.LoadTest;

/// <summary>How a reply compared with what the script expected.</summary>
internal enum TurnVerdict
{
    /// <summary>One reply, for the session sent, of the expected kind.</summary>
    Expected,

    /// <summary>One reply for the session, but of another kind (an engine answer changed, not a lost reply).</summary>
    UnexpectedKind,

    /// <summary>A reply for another session: a crossed or duplicated reply.</summary>
    WrongSession,

    /// <summary>No usable reply: an HTTP error, a timeout or unreadable JSON.</summary>
    Lost,
}
