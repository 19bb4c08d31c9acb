namespace SegmentAI.Skills.Perception;

/// <summary>A message that is a question about the conversation rather than an audience to build.</summary>
public enum ConversationalQuestion
{
    /// <summary>Not such a question.</summary>
    None,

    /// <summary>"how many are there?", "how big is it?": the draft's size.</summary>
    DraftSize,

    /// <summary>An analysis the product cannot do yet (personas, retention curves, experiments, …).</summary>
    AnalyticsNotYet,

    /// <summary>A message in a language other than English.</summary>
    NotEnglish,
}
