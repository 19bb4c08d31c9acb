using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.LongTerm.Stores;

namespace SegmentAI.Memory.Tests.LongTerm.Erasure;

/// <summary>The SQL stores over one database, with the single eraser the host registers for them.</summary>
public static class SqlStores
{
    public static LongTermStores Over(LongTermDatabase database) => new(
        new SqlUserPreferences(database),
        new SqlSegmentLibrary(database),
        new SqlVocabulary(database),
        new SqlInteractionLog(database),
        new SqlFeedbackStore(database),
        new SqlSegmentPatterns(database),
        new SqlShadowReviewQueue(database),
        [new SqlPersonalDataEraser(database)]);
}
