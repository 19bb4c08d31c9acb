using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Sessions;
using Xunit.Abstractions;

namespace SegmentAI.Skills.Tests.ConversationCases;

/// <summary>
/// Replays every starter conversation case twice, with the retrieval caches off and on, each time through a fresh
/// engine with fresh counters: the replies must not change, the cached run must search the vector index less, and
/// the numbers (searches, hit rates, embedding calls) are written to the test output and to a file.
/// </summary>
public sealed partial class ConversationCasesCacheReplayTests(ConversationCaseWarehouses fixture, ITestOutputHelper output) : IClassFixture<ConversationCaseWarehouses>
{
    public const string ReportFile = "retrieval-cache-replay.txt";

    [Fact]
    public async Task Replayed_eval_traffic_gives_the_same_replies_with_fewer_vector_searches_when_cached()
    {
        var uncached = await ReplayAsync(cacheEnabled: false);
        var cached = await ReplayAsync(cacheEnabled: true);

        var report = Report(uncached, cached);
        output.WriteLine(report);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, ReportFile), report);

        Assert.Equal(uncached.Replies.Count, cached.Replies.Count);
        var changed = uncached.Replies.Keys.Where(id => !uncached.Replies[id].SequenceEqual(cached.Replies[id], StringComparer.Ordinal)).ToList();
        Assert.True(changed.Count == 0, $"caching changed the replies of {changed.Count} case(s): {string.Join(", ", changed.Take(10))}");
        Assert.Equal(0, uncached.Counters.Fallbacks);
        Assert.Equal(0, cached.Counters.Fallbacks);
        Assert.True(uncached.Counters.VectorSearches > 0, "the replay made no vector search at all");
        Assert.True(cached.Counters.VectorSearches < uncached.Counters.VectorSearches, $"cached run searched {cached.Counters.VectorSearches} times, uncached {uncached.Counters.VectorSearches}");
        Assert.Equal(cached.Counters.VectorSearches, cached.Counters.FacetSearchCacheMisses);
        Assert.Equal(uncached.Counters.VectorSearches, cached.Counters.FacetSearchCacheHits + cached.Counters.FacetSearchCacheMisses);
    }

    private async Task<Replay> ReplayAsync(bool cacheEnabled)
    {
        // A generous vector budget keeps a busy machine from turning a slow search into a fallback, which would
        // change a reply for reasons that have nothing to do with caching.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("SegmentAI:Retrieval:Cache:Enabled", cacheEnabled ? "true" : "false"),

            // Embedding calls stand for the calls a remote model would get, so embeddings are cached as they would be.
            new("SegmentAI:Retrieval:Cache:CacheEmbeddings", "true"),
            new("SegmentAI:Retrieval:Retriever:VectorBudget", "00:00:30"),
        ]).Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSegmentSkills()
            .BuildServiceProvider();
        var engine = services.GetRequiredService<IConversationEngine>();
        var replies = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var testCase in ConversationCaseFiles.All)
        {
            var turns = new List<string>();
            foreach (var turn in testCase.Turns)
            {
                var reply = await engine.HandleAsync(new ChatRequest(testCase.Tenant, testCase.User ?? $"eval-{testCase.Id}", $"eval-{testCase.Id}", turn.Say, "eval", TrustUnknownUsers: true, AsOf: testCase.AsOf, Warehouse: fixture.WarehouseFor(testCase.Tenant)));
                turns.Add(Visible(reply));
            }

            replies[testCase.Id] = turns;
        }

        return new Replay(replies, services.GetRequiredService<RetrievalCounters>());
    }

    // What the user sees and what the turn did, retrieval scores included, less what differs between any two runs:
    // draft ids are random and timings vary.
    private static string Visible(ChatReply reply)
    {
        var stable = reply with
        {
            Audit = [.. reply.Audit.Select(a => a with { ElapsedMs = 0 })],
        };
        return Duration().Replace(DraftId().Replace(ChatJson.SerializeLine(stable), "draft-*"), "* ms");
    }

    private static string Report(Replay uncached, Replay cached)
    {
        var without = uncached.Counters;
        var with = cached.Counters;
        var fewer = without.VectorSearches == 0 ? 0 : 1 - ((double)with.VectorSearches / without.VectorSearches);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Retrieval caching on replayed eval traffic: {ConversationCaseFiles.All.Count} cases, {uncached.Replies.Values.Sum(r => r.Count)} turns");
        text.AppendLine(CultureInfo.InvariantCulture, $"  vector searches        without cache {without.VectorSearches,6}   with cache {with.VectorSearches,6}   ({fewer:P1} fewer)");
        text.AppendLine(CultureInfo.InvariantCulture, $"  facet-search cache     {with.FacetSearchCacheHits} hits, {with.FacetSearchCacheMisses} misses (hit rate {with.FacetSearchCacheHitRate:P1})");
        text.AppendLine(CultureInfo.InvariantCulture, $"  embedding calls        without cache {without.EmbeddingCalls,6}   with cache {with.EmbeddingCalls,6}   (index builds included: batches are never cached)");
        text.AppendLine(CultureInfo.InvariantCulture, $"  embedded texts         without cache {without.EmbeddedTexts,6}   with cache {with.EmbeddedTexts,6}");
        text.AppendLine(CultureInfo.InvariantCulture, $"  embedding cache        {with.EmbeddingCacheHits} hits, {with.EmbeddingCacheMisses} misses (hit rate {with.EmbeddingCacheHitRate:P1}), one lookup per vector lookup");
        text.AppendLine(CultureInfo.InvariantCulture, $"  fallbacks              without cache {without.Fallbacks,6}   with cache {with.Fallbacks,6}");
        return text.ToString();
    }

    [GeneratedRegex("draft-[0-9a-f]{8}")]
    private static partial Regex DraftId();

    [GeneratedRegex(@"\d+(\.\d+)? ms\b")]
    private static partial Regex Duration();

    private sealed record Replay(IReadOnlyDictionary<string, IReadOnlyList<string>> Replies, RetrievalCounters Counters);
}
