using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Memory.Resilience;
using SegmentAI.Memory.ShortTerm;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Privacy;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.ShortTerm;

public sealed class RedisShortTermServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Redis_within_its_time_budget_takes_precedence_over_the_in_process_store()
    {
        await using var services = new ServiceCollection()
            .AddRedisShortTermMemory(o => o.ConnectionString = "127.0.0.1:6379")
            .AddConversationEngine()
            .BuildServiceProvider();

        Assert.IsType<TimeBudgetSessionStore>(services.GetRequiredService<ISessionStore>());
        Assert.Contains(services.GetServices<IPersonalDataEraser>(), e => e is RedisSessionStore);
    }

    [Fact]
    public async Task The_host_resolves_the_store_while_redis_is_down_and_a_turn_gets_a_clear_error()
    {
        await using var services = new ServiceCollection()
            .AddRedisShortTermMemory(o =>
            {
                o.ConnectionString = "127.0.0.1:1";
                o.OperationTimeout = TimeSpan.FromMilliseconds(500);
            })
            .BuildServiceProvider();
        var store = services.GetRequiredService<ISessionStore>();

        var error = await Assert.ThrowsAsync<MemoryUnavailableException>(() => store.LoadAsync("acme-retail", "s1"));

        Assert.Equal(MemoryUnavailableException.ShortTerm, error.Store);
        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_options_fail_when_the_store_is_first_resolved_naming_the_setting()
    {
        await using var services = new ServiceCollection()
            .AddRedisShortTermMemory(o => o.KeyPrefix = "{tenant}")
            .BuildServiceProvider();

        var error = Assert.Throws<ArgumentException>(() => services.GetRequiredService<ISessionStore>());

        Assert.Equal(nameof(RedisShortTermOptions.KeyPrefix), error.ParamName);
    }
}
