using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Conversation.Pipeline;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Skills.Tests.Conversation.Pipeline;

public sealed class ConversationEngineBuilderTests
{
    private static readonly ChatRequest Request = new("acme-retail", "marco.marketer@acme", "s-1", "gold members", "web");

    [Fact]
    public async Task The_first_step_added_sees_the_message_first_and_the_reply_last()
    {
        var order = new List<string>();
        var engine = new ConversationEngineBuilder(ScriptedConversationEngine.Echo())
            .Use(inner => new Tagging(inner, "outer", order))
            .Use(inner => new Tagging(inner, "inner", order))
            .Build();

        var reply = await engine.HandleAsync(Request);

        Assert.Equal(["outer in", "inner in", "inner out", "outer out"], order);
        Assert.Equal("echo: gold members [inner] [outer]", reply.Text);
    }

    [Fact]
    public async Task Steps_are_made_with_the_services_the_pipeline_is_built_with()
    {
        var services = new ServiceCollection().AddSingleton(new Suffix(" (from services)")).BuildServiceProvider();
        var engine = new ConversationEngineBuilder(_ => ScriptedConversationEngine.Echo())
            .Use((inner, provider) => new Tagging(inner, provider.GetRequiredService<Suffix>().Text, []))
            .Build(services);

        var reply = await engine.HandleAsync(Request);

        Assert.Equal("echo: gold members [ (from services)]", reply.Text);
    }

    [Fact]
    public void A_step_that_returns_no_engine_is_refused_when_the_pipeline_is_built()
    {
        var builder = new ConversationEngineBuilder(ScriptedConversationEngine.Echo()).Use(_ => null!);

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("must wrap the engine it is given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delegating_engine_that_overrides_nothing_passes_the_message_and_reply_through()
    {
        var inner = ScriptedConversationEngine.Echo();
        var engine = new ConversationEngineBuilder(inner).Use(engine => new PassThrough(engine)).Build();

        var reply = await engine.HandleAsync(Request);

        Assert.Same(Request, Assert.Single(inner.Requests));
        Assert.Equal("echo: gold members", reply.Text);
    }

    private sealed record Suffix(string Text);

    private sealed class PassThrough(IConversationEngine inner) : DelegatingConversationEngine(inner);

    private sealed class Tagging(IConversationEngine inner, string tag, List<string> order) : DelegatingConversationEngine(inner)
    {
        public override async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken = default)
        {
            order.Add($"{tag} in");
            var reply = await base.HandleAsync(request, cancellationToken);
            order.Add($"{tag} out");
            return reply with { Text = $"{reply.Text} [{tag}]" };
        }
    }
}
