using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>When the intent is a near tie between building a segment and measuring an overlap, both readings are offered.</summary>
public sealed class TwoReadingsTests
{
    private sealed class UnsureClassifier : IIntentClassifier
    {
        public IntentPrediction Classify(string text, bool awaitingAnswer) =>
            awaitingAnswer ? new IntentPrediction(Intent.Answer, 0.9, "fake") : new IntentPrediction(Intent.Create, 0.5, "fake", Intent.Hypothesis, 0.45);
    }

    [Fact]
    public async Task A_near_tie_asks_which_reading_and_the_answer_is_acted_on()
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSegmentSkills()
            .AddSingleton<IIntentClassifier, UnsureClassifier>()
            .BuildServiceProvider();
        var engine = services.GetRequiredService<IConversationEngine>();
        ChatRequest Say(string text) => new("acme-retail", "readings@acme", "readings", text, "eval", TrustUnknownUsers: true, AsOf: new DateOnly(2026, 11, 22), EstimateSize: false);

        var question = await engine.HandleAsync(Say("gold members who also buy toys"));
        var chosen = await engine.HandleAsync(Say("1"));

        Assert.Equal(ReplyKind.Clarification, question.Kind);
        Assert.StartsWith("intent_choice", question.Clarification!.Slot, StringComparison.Ordinal);
        Assert.Equal(["Build a new segment from it", "Measure how much the two groups overlap"], question.Clarification.Options);
        Assert.Equal(ReplyKind.Segment, chosen.Kind);
        Assert.Contains(chosen.Segment!.Conditions, c => c.Facet == "loyalty_tier");
    }
}
