using Microsoft.Extensions.Time.Testing;
using SegmentAI.Skills.Sessions;

namespace SegmentAI.Memory.Tests.ShortTerm;

public sealed class InMemorySessionStoreContractTests : SessionStoreContract
{
    private readonly InMemorySessionStore _store = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero)));

    protected override ISessionStore Store => _store;

    protected override (ISessionStore Store, Func<Task> OutliveTimeToLive) ExpiringStore()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        return (new InMemorySessionStore(time), () =>
        {
            time.Advance(InMemorySessionStore.TimeToLive + TimeSpan.FromSeconds(1));
            return Task.CompletedTask;
        });
    }
}
