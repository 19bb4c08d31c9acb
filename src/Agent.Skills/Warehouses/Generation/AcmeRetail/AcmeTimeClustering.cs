using DuckDB.NET.Data;

namespace SegmentAI.Skills.Warehouses.Generation.AcmeRetail;

/// <summary>
/// Rewrites the fact tables in time order once all customers are written. Customers are generated in chunks,
/// so rows arrive grouped by customer; a warehouse loaded day by day is grouped by time instead, and that is
/// what lets a windowed segment skip whole row groups. Order ids are renumbered chronologically so order
/// lines cluster the same way. Order lines also get their order's customer and time (columns added after the
/// contract ones), as line-level fact tables usually carry them, so "bought X in the window" reads one table.
/// </summary>
internal static class AcmeTimeClustering
{
    private const string Sql = """
        CREATE TEMP TABLE order_id_map AS
            SELECT order_id AS old_id, row_number() OVER (ORDER BY order_ts, order_id) AS new_id, customer_id, order_ts FROM orders;
        CREATE TABLE orders_by_time AS
            SELECT m.new_id AS order_id, o.customer_id, o.order_ts, o.channel, o.store_state, o.total_amount, o.item_count, o.used_coupon
            FROM orders AS o JOIN order_id_map AS m ON m.old_id = o.order_id
            ORDER BY m.new_id;
        CREATE TABLE order_items_by_time AS
            SELECT m.new_id AS order_id, i.line_no, i.department, i.category, i.quantity, i.amount, m.customer_id, m.order_ts
            FROM order_items AS i JOIN order_id_map AS m ON m.old_id = i.order_id
            ORDER BY m.new_id, i.line_no;
        CREATE TABLE returns_by_time AS
            SELECT r.return_id, m.new_id AS order_id, r.customer_id, r.return_ts, r.amount, r.reason
            FROM returns AS r JOIN order_id_map AS m ON m.old_id = r.order_id
            ORDER BY r.return_ts, r.return_id;
        CREATE TABLE email_events_by_time AS
            SELECT * FROM email_events ORDER BY event_ts, customer_id, campaign_id, event_type;
        CREATE TABLE web_events_by_time AS
            SELECT * FROM web_events ORDER BY event_ts, customer_id, event_type, department, device;
        DROP TABLE order_id_map;
        DROP TABLE orders;
        DROP TABLE order_items;
        DROP TABLE returns;
        DROP TABLE email_events;
        DROP TABLE web_events;
        ALTER TABLE orders_by_time RENAME TO orders;
        ALTER TABLE order_items_by_time RENAME TO order_items;
        ALTER TABLE returns_by_time RENAME TO returns;
        ALTER TABLE email_events_by_time RENAME TO email_events;
        ALTER TABLE web_events_by_time RENAME TO web_events;
        """;

    public static void Apply(DuckDBConnection connection) => DuckDb.Execute(connection, Sql);
}
