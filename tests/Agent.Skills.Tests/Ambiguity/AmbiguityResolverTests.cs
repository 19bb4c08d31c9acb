using SegmentAI.Skills.Ambiguity;

namespace SegmentAI.Skills.Tests.Ambiguity;

public sealed class AmbiguityResolverTests
{
    private static readonly AmbiguityOption Days7 = new("7d", "the last 7 days", "7");
    private static readonly AmbiguityOption Days30 = new("30d", "the last 30 days", "30");
    private static readonly AmbiguityOption Days90 = new("90d", "the last 90 days", "90");
    private static readonly AmbiguitySlot Recency = new("date_recency");

    private readonly InMemoryUserPreferences _preferences = new();
    private readonly AmbiguityLog _log = new();

    private AmbiguityResolver Resolver => new(_preferences);

    private static AmbiguityRequest RecencyQuestion(string question) =>
        new() { Slot = Recency, Question = question, Options = [Days7, Days30, Days90] };

    [Fact]
    public async Task Asks_one_question_when_nothing_resolves_it()
    {
        var decision = await Resolver.DecideAsync(_log, "acme-retail", "ana", RecencyQuestion("What does 'recent' mean?"));

        Assert.Equal(AmbiguityAction.Ask, decision.Action);
        Assert.Equal("What does 'recent' mean?", decision.Question);
        Assert.Equal([Days7, Days30, Days90], decision.Options);
    }

    [Fact]
    public async Task Never_asks_the_same_slot_twice_in_a_session_seed_example_1()
    {
        var resolver = Resolver;
        var first = await resolver.DecideAsync(_log, "acme-retail", "ana", RecencyQuestion("What does 'recent' mean?"));
        AmbiguityResolver.RecordAsked(_log, first, turn: 1);
        await resolver.RecordAnswerAsync(_log, "acme-retail", "ana", "s1", Recency, Days30, turn: 2);

        var second = await resolver.DecideAsync(_log, "acme-retail", "ana", RecencyQuestion("For the time period, should I use the last 30 days or a custom range?"));

        Assert.Equal(AmbiguityAction.UseSessionAnswer, second.Action);
        Assert.Equal(Days30, second.Resolution);
        Assert.Null(second.Question);
    }

    [Fact]
    public async Task An_unanswered_question_is_not_repeated_but_assumed_and_said()
    {
        var first = await Resolver.DecideAsync(_log, "acme-retail", "ana", RecencyQuestion("What does 'recent' mean?"));
        AmbiguityResolver.RecordAsked(_log, first, turn: 1);

        var again = await Resolver.DecideAsync(_log, "acme-retail", "ana", RecencyQuestion("What does 'recent' mean?") with { Inferred = Days30, InferredConfidence = 0.5 });

        Assert.Equal(AmbiguityAction.Infer, again.Action);
        Assert.Equal(Days30, again.Resolution);
        Assert.Contains("didn't pick", again.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_learned_preference_answers_in_a_later_session()
    {
        await Resolver.RecordAnswerAsync(new AmbiguityLog(), "acme-retail", "ana", "week1", Recency, Days90, turn: 2);

        var decision = await Resolver.DecideAsync(new AmbiguityLog(), "acme-retail", "ana", RecencyQuestion("What does 'recent' mean?"));

        Assert.Equal(AmbiguityAction.UsePreference, decision.Action);
        Assert.Equal(Days90, decision.Resolution);
        Assert.Contains("what you told me before", decision.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preferences_are_per_user_and_per_tenant()
    {
        await Resolver.RecordAnswerAsync(new AmbiguityLog(), "acme-retail", "ana", "s", Recency, Days90, turn: 1);

        Assert.Equal(AmbiguityAction.Ask, (await Resolver.DecideAsync(new AmbiguityLog(), "acme-retail", "ben", RecencyQuestion("q"))).Action);
        Assert.Equal(AmbiguityAction.Ask, (await Resolver.DecideAsync(new AmbiguityLog(), "dealflow", "ana", RecencyQuestion("q"))).Action);
    }

    [Fact]
    public async Task Tenant_default_comes_before_inference()
    {
        var request = RecencyQuestion("q") with { TenantDefault = Days30, Inferred = Days7, InferredConfidence = 0.9 };

        var decision = await Resolver.DecideAsync(_log, "acme-retail", "ana", request);

        Assert.Equal(AmbiguityAction.UseTenantDefault, decision.Action);
        Assert.Equal(Days30, decision.Resolution);
    }

    [Theory]
    [InlineData(0.8, AmbiguityAction.Infer)]
    [InlineData(0.79, AmbiguityAction.Ask)]
    public async Task Infers_only_at_or_above_the_threshold(double confidence, AmbiguityAction expected)
    {
        var decision = await Resolver.DecideAsync(_log, "acme-retail", "ana", RecencyQuestion("q") with { Inferred = Days7, InferredConfidence = confidence });

        Assert.Equal(expected, decision.Action);
    }

    [Fact]
    public async Task Offers_at_most_four_options()
    {
        var options = Enumerable.Range(1, 6).Select(i => new AmbiguityOption($"o{i}", $"option {i}", $"{i}")).ToList();

        var decision = await Resolver.DecideAsync(_log, "acme-retail", "ana", new AmbiguityRequest { Slot = Recency, Question = "q", Options = options });

        Assert.Equal(4, decision.Options.Count);
    }
}
