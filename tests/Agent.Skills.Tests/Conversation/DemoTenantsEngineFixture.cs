using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Chat;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Segments;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Warehouses;
using SegmentAI.Skills.Warehouses.Generation;

namespace SegmentAI.Skills.Tests.Conversation;

/// <summary>
/// The real engine with a small generated warehouse for each demo tenant, so one conversation can be played on
/// acme-retail, dealflow or contoso-workforce and the draft it leaves read back from the session store.
/// </summary>
public sealed class DemoTenantsEngineFixture : IAsyncLifetime
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    // Small enough to generate in seconds on a shared two-core machine, large enough that every facet has members.
    private static readonly Dictionary<string, int> Sizes = new(StringComparer.Ordinal)
    {
        ["acme-retail"] = 3_000,
        ["dealflow"] = 1_000,
        ["contoso-workforce"] = 400,
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("demo-engines-").FullName;
    private readonly Dictionary<string, string> _warehouses = new(StringComparer.Ordinal);
    private ServiceProvider _services = null!;

    public IConversationEngine Engine { get; private set; } = null!;

    public ServiceProvider Services => _services;

    public string WarehouseOf(string tenantId) => _warehouses[tenantId];

    public async Task InitializeAsync()
    {
        foreach (var (tenantId, size) in Sizes)
        {
            var generator = WarehouseGenerators.Get(tenantId);
            var path = Path.Combine(_folder, $"{tenantId}.duckdb");
            await generator.GenerateAsync(new WarehouseGenerationOptions(path, size, 21, AsOf, generator.DefaultHistoryDays));
            _warehouses[tenantId] = path;
        }

        _services = EngineFixture.Build();
        Engine = _services.GetRequiredService<IConversationEngine>();
    }

    /// <summary>Sends one message as <paramref name="user"/> (unknown users are trusted as the tenant's default role).</summary>
    public Task<ChatReply> SayAsync(string tenantId, string text, string session, string user, bool trustUnknownUsers = true) =>
        Engine.HandleAsync(new ChatRequest(tenantId, user, session, text, "eval", trustUnknownUsers, AsOf, _warehouses[tenantId]));

    /// <summary>
    /// Sends <paramref name="text"/> in a fresh session as a fresh user, so no learned answer or earlier draft shapes the
    /// reading, asserts it made a segment, and returns the reply and the stored draft.
    /// </summary>
    public async Task<(ChatReply Reply, SegmentDefinition Definition)> CreateAsync(string tenantId, string text)
    {
        var session = NewSession();
        var reply = await SayAsync(tenantId, text, session, $"{session}@{tenantId}");
        Assert.True(reply.Kind == ReplyKind.Segment, $"expected a segment for \"{text}\", got {reply.Kind}: {reply.Text}");
        return (reply, await DraftAsync(tenantId, session));
    }

    /// <summary>Sends <paramref name="turns"/> in one fresh session as a fresh user; returns the last reply and the draft after it.</summary>
    public async Task<(ChatReply Reply, SegmentDefinition Definition)> ConverseAsync(string tenantId, params string[] turns)
    {
        var session = NewSession();
        ChatReply? reply = null;
        foreach (var turn in turns)
        {
            reply = await SayAsync(tenantId, turn, session, $"{session}@{tenantId}");
        }

        return (reply!, await DraftAsync(tenantId, session));
    }

    /// <summary>A session id no other test uses.</summary>
    public static string NewSession() => $"demo-{Guid.NewGuid():N}";

    /// <summary>The definition of the session's draft as the engine stored it (the tree, not the card).</summary>
    public async Task<SegmentDefinition> DraftAsync(string tenantId, string session)
    {
        var state = await _services.GetRequiredService<ISessionStore>().LoadAsync(tenantId, session);
        Assert.NotNull(state?.Draft);
        return state.Draft.Definition;
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
