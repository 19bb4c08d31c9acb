using SegmentAI.Skills.Conversation;

namespace SegmentAI.Memory.Tests.ShortTerm;

/// <summary>What every delivery ledger does; one subclass per implementation runs it.</summary>
public abstract class DeliveryLedgerContract
{
    private static readonly TimeSpan Window = TimeSpan.FromHours(6);

    /// <summary>A ledger kept for the whole test.</summary>
    protected abstract IDeliveryLedger Ledger { get; }

    /// <summary>Lets a window of <paramref name="window"/> pass for entries taken with it.</summary>
    protected abstract Task OutliveAsync(TimeSpan window);

    /// <summary>The shortest window the implementation can expire in a test.</summary>
    protected abstract TimeSpan ShortWindow { get; }

    [Fact]
    public async Task The_first_delivery_is_taken_and_its_copy_is_a_duplicate()
    {
        var first = await Ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev01", Window);
        var copy = await Ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev01", Window);

        Assert.True(first);
        Assert.False(copy);
    }

    [Fact]
    public async Task Deliveries_of_other_channels_or_workspaces_with_the_same_id_are_distinct()
    {
        Assert.True(await Ledger.TryTakeAsync("slack", "T0ACMERTL", "1", Window));
        Assert.True(await Ledger.TryTakeAsync("teams", "T0ACMERTL", "1", Window));
        Assert.True(await Ledger.TryTakeAsync("slack", "T0OTHER", "1", Window));
        Assert.True(await Ledger.TryTakeAsync("slack", "T0ACMERTL", "2", Window));
    }

    [Fact]
    public async Task Ids_with_separators_do_not_collide()
    {
        Assert.True(await Ledger.TryTakeAsync("teams", "a:b", "c", Window));
        Assert.True(await Ledger.TryTakeAsync("teams", "a", "b:c", Window));
        Assert.True(await Ledger.TryTakeAsync("teams", "a}b{", "19:abc@thread.v2|1", Window));
        Assert.False(await Ledger.TryTakeAsync("teams", "a}b{", "19:abc@thread.v2|1", Window));
    }

    [Fact]
    public async Task Of_twenty_copies_arriving_together_exactly_one_is_taken()
    {
        var attempts = Enumerable.Range(0, 20).Select(_ => Task.Run(() => Ledger.TryTakeAsync("teams", "tenant-1", "activity-7", Window)));

        var results = await Task.WhenAll(attempts);

        Assert.Equal(1, results.Count(taken => taken));
    }

    [Fact]
    public async Task A_released_delivery_can_be_taken_again()
    {
        await Ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev02", Window);

        await Ledger.ReleaseAsync("slack", "T0ACMERTL", "Ev02");

        Assert.True(await Ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev02", Window));
    }

    [Fact]
    public async Task Releasing_an_unknown_delivery_is_harmless()
    {
        await Ledger.ReleaseAsync("slack", "T0ACMERTL", "never-taken");

        Assert.True(await Ledger.TryTakeAsync("slack", "T0ACMERTL", "never-taken", Window));
    }

    [Fact]
    public async Task A_delivery_is_forgotten_once_its_window_has_passed()
    {
        await Ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev03", ShortWindow);

        await OutliveAsync(ShortWindow);

        Assert.True(await Ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev03", ShortWindow));
    }

    [Fact]
    public async Task Rejects_a_missing_id_or_a_window_that_is_not_positive()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Ledger.TryTakeAsync("slack", "T0ACMERTL", " ", Window));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Ledger.TryTakeAsync("", "T0ACMERTL", "Ev04", Window));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Ledger.TryTakeAsync("slack", "T0ACMERTL", "Ev04", TimeSpan.Zero));
    }
}
