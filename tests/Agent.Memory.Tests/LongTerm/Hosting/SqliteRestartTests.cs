using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Memory.Tests.LongTerm.Erasure;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Memory.Tests.LongTerm.Hosting;

public sealed class SqliteRestartTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly AmbiguityOption SingleOrder200 = new("single_200", "more than $200 in a single order", "single_order_total>200");

    private readonly string _folder = Directory.CreateTempSubdirectory("segmentai-restart-").FullName;

    private string File => Path.Combine(_folder, "memory.db");

    [Fact]
    public async Task Everything_remembered_survives_a_restart_over_the_same_file()
    {
        string segmentId;
        await using (var before = new SqliteLongTermDatabase(File))
        {
            var stores = SqlStores.Over(before);
            await stores.Preferences.LearnAsync("acme-retail", "ana", "high_value_threshold", SingleOrder200, "s1");
            await stores.Preferences.LearnAsync("acme-retail", "ana", "high_value_threshold", SingleOrder200, "s2");
            segmentId = (await stores.Library.SaveAsync("acme-retail", "ana", "Gold members", Segment())).Id;
            await stores.Library.RenameAsync("acme-retail", segmentId, "VIPs", "ana");
            await stores.Vocabulary.PutAsync(new VocabularyEntry("acme-retail", "ana", "whales", "lifetime value over $5,000", "{}", Start));
            await stores.Log.RecordTurnAsync(new TurnRecord
            {
                TenantId = "acme-retail", UserId = "ana", SessionId = "s1", Turn = 1, Channel = "cli", Query = "gold members",
                AsOf = new DateOnly(2026, 11, 22), ReplyKind = "segment", At = Start,
            });
            await stores.Feedback.RecordAsync(new FeedbackRecord("acme-retail", "ana", "s1", 1, FeedbackKind.Rating, 5, null, null, null, Start));
            await stores.Patterns.RecordAsync(new SegmentPattern("acme-retail", "ana", "gold members", "VIPs", segmentId, "{}", Start));
        }

        await using var after = new SqliteLongTermDatabase(File);
        var reopened = SqlStores.Over(after);
        var reapplied = await new MigrationRunner(after).RunAsync();

        Assert.Empty(reapplied);
        var preference = await reopened.Preferences.FindAsync("acme-retail", "ana", "high_value_threshold");
        Assert.Equal((SingleOrder200, "s2"), (preference!.Option, preference.Source));
        Assert.Equal(0.8, preference.Confidence, 6);
        var segment = await reopened.Library.GetAsync("acme-retail", segmentId);
        Assert.Equal(("VIPs", 2), (segment!.Name, segment.Version));
        Assert.Equal(["whales"], (await reopened.Vocabulary.ForUserAsync("acme-retail", "ana")).Select(e => e.Phrase));
        Assert.Equal(["gold members"], (await reopened.Log.SessionAsync("acme-retail", "s1")).Select(t => t.Query));
        Assert.Equal([5], (await reopened.Feedback.SinceAsync("acme-retail", Start)).Select(f => f.Rating));
        Assert.Equal([segmentId], (await reopened.Patterns.FindSimilarAsync("acme-retail", "gold members", 3)).Select(p => p.Pattern.SegmentId));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static SegmentDefinition Segment() => new()
    {
        Root = new SegmentCondition { SourceText = "gold members", Facet = "loyalty_tier", Operator = ConditionOperator.In, Values = ["gold"] },
    };
}
