using Microsoft.Extensions.Time.Testing;
using SegmentAI.Skills.Conversation;

namespace SegmentAI.Memory.Tests.ShortTerm;

public sealed class InMemoryDeliveryLedgerContractTests : DeliveryLedgerContract
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryDeliveryLedger _ledger;

    public InMemoryDeliveryLedgerContractTests()
    {
        _ledger = new InMemoryDeliveryLedger(_time);
    }

    protected override IDeliveryLedger Ledger => _ledger;

    protected override TimeSpan ShortWindow => TimeSpan.FromMinutes(5);

    protected override Task OutliveAsync(TimeSpan window)
    {
        _time.Advance(window + TimeSpan.FromSeconds(1));
        return Task.CompletedTask;
    }
}
