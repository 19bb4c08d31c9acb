using DuckDB.NET.Data;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace SegmentAI.Skills.Tests.Sql;

/// <summary>
/// The shopfront test tenant and a DuckDB warehouse written row by row, so each test can state the exact
/// members it expects. As-of is 2026-11-22; trailing windows end before it.
/// </summary>
public sealed class ShopfrontWarehouse : IDisposable
{
    public static readonly DateOnly AsOf = new(2026, 11, 22);

    private readonly string _folder = Directory.CreateTempSubdirectory("shopfront-").FullName;

    public ShopfrontWarehouse()
    {
        Tenant = TenantDirectory.Load(Path.Combine(AppContext.BaseDirectory, "Data", "tenants")).Get("shopfront");
        FilePath = Path.Combine(_folder, "shopfront.duckdb");
        using (var connection = new DuckDBConnection($"Data Source={FilePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE customers(customer_id BIGINT, tier VARCHAR, state CHAR(2), vip BOOLEAN, score DOUBLE, signup_date DATE, email VARCHAR);
                INSERT INTO customers VALUES
                  (1, 'gold',   'TX', TRUE,  0.9,  DATE '2026-01-10', 'a@x.test'),
                  (2, 'silver', 'CA', FALSE, 0.2,  DATE '2026-10-30', 'b@x.test'),
                  (3, 'gold',   'NY', NULL,  NULL, DATE '2025-05-01', 'c@x.test'),
                  (4, NULL,     'TX', FALSE, 0.5,  DATE '2024-01-01', 'd@x.test'),
                  (5, 'none',   'CA', TRUE,  0.7,  DATE '2026-11-01', 'e@x.test');
                CREATE TABLE orders(order_id BIGINT, customer_id BIGINT, order_ts TIMESTAMP, channel VARCHAR, total_amount DECIMAL(10,2), used_coupon BOOLEAN);
                INSERT INTO orders VALUES
                  (1, 1, TIMESTAMP '2026-11-20 10:00:00', 'online', 120, FALSE),
                  (2, 1, TIMESTAMP '2026-11-13 09:00:00', 'store',   40, TRUE),
                  (3, 1, TIMESTAMP '2026-11-06 18:30:00', 'store',   30, FALSE),
                  (4, 1, TIMESTAMP '2026-10-30 12:00:00', 'online',  25, FALSE),
                  (5, 2, TIMESTAMP '2026-11-21 23:59:59', 'online', 600, FALSE),
                  (6, 2, TIMESTAMP '2025-12-01 08:00:00', 'store',   50, TRUE),
                  (7, 3, TIMESTAMP '2026-08-01 08:00:00', 'store',  210, FALSE),
                  (8, 4, TIMESTAMP '2026-11-22 00:00:00', 'online', 999, FALSE),
                  (9, 5, TIMESTAMP '2024-06-01 08:00:00', 'store',   80, FALSE);
                CREATE TABLE order_items(order_id BIGINT, line_no INT, department VARCHAR, amount DECIMAL(10,2));
                INSERT INTO order_items VALUES
                  (1, 1, 'Baby', 100), (1, 2, 'Toys', 20), (2, 1, 'Baby', 40), (3, 1, 'Baby', 30), (4, 1, 'Baby', 25),
                  (5, 1, 'Electronics', 600), (6, 1, 'Toys', 50), (7, 1, 'Baby', 210), (8, 1, 'Electronics', 999), (9, 1, 'Toys', 80);
                """;
            command.ExecuteNonQuery();
        }

        Warehouse = Warehouse.DuckDb(FilePath);
    }

    public Tenant Tenant { get; }

    public Warehouse Warehouse { get; }

    public string FilePath { get; }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }
}
