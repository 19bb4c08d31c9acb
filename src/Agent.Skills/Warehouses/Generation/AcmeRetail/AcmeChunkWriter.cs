using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>Appends synthesized chunks to the Acme tables, keeping one appender per table open for the whole run.</summary>
internal sealed class AcmeChunkWriter : IDisposable
{
    private readonly DuckDBAppender _customers;
    private readonly DuckDBAppender _personas;
    private readonly DuckDBAppender _orders;
    private readonly DuckDBAppender _items;
    private readonly DuckDBAppender _emailEvents;
    private readonly DuckDBAppender _webEvents;
    private readonly DuckDBAppender _returns;

    public AcmeChunkWriter(DuckDBConnection connection)
    {
        _customers = connection.CreateAppender("customers");
        _personas = connection.CreateAppender("truth", "customer_persona");
        _orders = connection.CreateAppender("orders");
        _items = connection.CreateAppender("order_items");
        _emailEvents = connection.CreateAppender("email_events");
        _webEvents = connection.CreateAppender("web_events");
        _returns = connection.CreateAppender("returns");
    }

    public void Append(AcmeChunk chunk)
    {
        foreach (var c in chunk.Customers)
        {
            _customers.CreateRow()
                .AppendValue(c.CustomerId).AppendValue(c.FirstName).AppendValue(c.LastName).AppendValue(c.Email)
                .AppendValue(c.BirthDate).AppendValue(c.AgeBand).AppendValue(c.Gender).AppendValue(c.State).AppendValue(c.City)
                .AppendValue(c.Region).AppendValue(c.Zip).AppendValue(c.SignupDate).AppendValue(c.LoyaltyTier)
                .AppendValue(c.AcmePlusMember).AppendValue(c.HouseholdSize).AppendValue(c.HasChildren).AppendValue(c.HasPets)
                .AppendValue(c.EmailOptIn).AppendValue(c.SmsOptIn).AppendValue(c.PushOptIn).AppendValue(c.PreferredChannel)
                .AppendValue(c.ChurnScore).AppendValue(c.ElectronicsAffinity).AppendValue(c.IncomeBand).AppendValue(c.HomeOwner)
                .AppendValue(c.AcmeCreditCard).AppendValue(c.AppInstalled).AppendValue(c.BabyAffinity).AppendValue(c.PetAffinity)
                .AppendValue(c.BeautyAffinity).AppendValue(c.CouponPropensity).AppendValue(c.PredictedClv).AppendValue(c.EngagementScore)
                .EndRow();
        }

        for (var i = 0; i < chunk.Customers.Count; i++)
        {
            _personas.CreateRow().AppendValue(chunk.Customers[i].CustomerId).AppendValue(chunk.Personas[i]).EndRow();
        }

        foreach (var o in chunk.Orders)
        {
            _orders.CreateRow()
                .AppendValue(o.OrderId).AppendValue(o.CustomerId).AppendValue(o.OrderTs).AppendValue(o.Channel).AppendValue(o.StoreState)
                .AppendValue(o.TotalAmount).AppendValue(o.ItemCount).AppendValue(o.UsedCoupon)
                .EndRow();
        }

        foreach (var i in chunk.Items)
        {
            _items.CreateRow()
                .AppendValue(i.OrderId).AppendValue(i.LineNo).AppendValue(i.Department).AppendValue(i.Category)
                .AppendValue(i.Quantity).AppendValue(i.Amount)
                .EndRow();
        }

        foreach (var e in chunk.EmailEvents)
        {
            _emailEvents.CreateRow().AppendValue(e.CustomerId).AppendValue(e.CampaignId).AppendValue(e.EventTs).AppendValue(e.EventType).EndRow();
        }

        foreach (var w in chunk.WebEvents)
        {
            _webEvents.CreateRow()
                .AppendValue(w.CustomerId).AppendValue(w.EventTs).AppendValue(w.EventType).AppendValue(w.Department).AppendValue(w.Device)
                .EndRow();
        }

        foreach (var r in chunk.Returns)
        {
            _returns.CreateRow()
                .AppendValue(r.ReturnId).AppendValue(r.OrderId).AppendValue(r.CustomerId).AppendValue(r.ReturnTs).AppendValue(r.Amount)
                .AppendValue(r.Reason)
                .EndRow();
        }
    }

    public void Dispose()
    {
        _customers.Dispose();
        _personas.Dispose();
        _orders.Dispose();
        _items.Dispose();
        _emailEvents.Dispose();
        _webEvents.Dispose();
        _returns.Dispose();
    }
}
