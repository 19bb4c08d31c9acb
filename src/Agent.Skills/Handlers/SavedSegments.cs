using System.Text.RegularExpressions;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Telemetry;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Handlers;

/// <summary>The tenant's saved segments as a turn's user may use them, and how a name said in chat finds one.</summary>
internal sealed partial class SavedSegments(ISegmentLibrary library, PermissionChecker permissions)
{
    private readonly ISegmentLibrary _library = new TracedSegmentLibrary(library);

    // The library as the turn's user may use it: each operation checks their role, whichever intent led here.
    public AuthorizedSegmentLibrary For(TurnContext turn) =>
        new(_library, permissions, turn.Tenant.Config, turn.Request.UserId, turn.Request.TrustUnknownUsers);

    public static ChatReply Refused(TurnContext turn, ResolvedSkill? skill, SegmentLibraryException ex) =>
        ex.Failure == SegmentLibraryFailure.Forbidden
            ? Replies.Refusal(turn, skill, ex.Message, "permission")
            : Replies.Answer(turn, skill, ex.Message);

    // The saving turn, so the segment's audit trail (this session's turns) can be found from the library.
    public static SegmentOrigin Origin(TurnContext turn) => new(turn.Session.SessionId, turn.Turn);

    public async Task<SavedSegment> FindAsync(TurnContext turn, string reference, CancellationToken cancellationToken)
    {
        var name = Unquote(reference.Trim());
        if (LibraryCommands.DraftWords().IsMatch(name) && turn.Session.Draft?.SavedAs is { } savedId && await For(turn).GetAsync(turn.Tenant.Id, savedId, cancellationToken).ConfigureAwait(false) is { } current)
        {
            return current;
        }

        return await For(turn).GetAsync(turn.Tenant.Id, name, cancellationToken).ConfigureAwait(false)
            ?? await For(turn).FindByNameAsync(turn.Tenant.Id, name, cancellationToken).ConfigureAwait(false)
            ?? await For(turn).FindByNameAsync(turn.Tenant.Id, SegmentWord().Replace(name, "").Trim(), cancellationToken).ConfigureAwait(false)
            ?? await For(turn).FindByNameAsync(turn.Tenant.Id, LeadingArticle().Replace(SegmentWord().Replace(name, ""), "").Trim(), cancellationToken).ConfigureAwait(false)
            ?? throw new SegmentLibraryException($"I couldn't find a saved segment called \"{name}\". Say \"list my segments\" to see them.", SegmentLibraryFailure.NotFound);
    }

    public static string Unquote(string text) => text.Trim().Trim('"', '\'', '“', '”').Trim();

    [GeneratedRegex(@"\bsegment\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SegmentWord();

    [GeneratedRegex(@"^\s*(?:the|my|our)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();
}
