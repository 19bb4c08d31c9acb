using System.Data.Common;
using DuckDB.NET.Data;
using Npgsql;
using SegmentAI.Skills.Sql;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Warehouses;

/// <summary>A tenant's warehouse, ready to open: an embedded DuckDB file or a PostgreSQL schema.</summary>
public sealed class Warehouse
{
    private readonly string _connectionString;

    private Warehouse(SqlDialect dialect, string connectionString, string location)
    {
        Dialect = dialect;
        _connectionString = connectionString;
        Location = location;
    }

    /// <summary>Dialect of SQL the warehouse runs.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>Where the warehouse is (file path, or host/database/schema), for messages.</summary>
    public string Location { get; }

    /// <summary>A DuckDB file opened read-only; the file must exist.</summary>
    public static Warehouse DuckDb(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new WarehouseUnavailableException($"warehouse file '{path}' does not exist");
        }

        return new Warehouse(SqlDialect.DuckDb, $"Data Source={full};ACCESS_MODE=READ_ONLY", full);
    }

    /// <summary>A PostgreSQL database whose segment tables live in <paramref name="schema"/>.</summary>
    public static Warehouse Postgres(string connectionString, string? schema)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (schema is not null)
        {
            builder.SearchPath = schema;
        }

        return new Warehouse(SqlDialect.Postgres, builder.ConnectionString, $"postgres://{builder.Host}:{builder.Port}/{builder.Database} (schema {schema ?? "public"})");
    }

    /// <summary>
    /// The warehouse a tenant configures, or the DuckDB file <paramref name="overridePath"/> when given
    /// (commands take <c>--warehouse FILE</c> so evals can point every command at one generated file).
    /// </summary>
    /// <param name="tenant">The tenant.</param>
    /// <param name="repositoryRoot">Folder relative warehouse paths are resolved against.</param>
    /// <param name="overridePath">DuckDB file to use instead of the configured warehouse.</param>
    public static Warehouse For(Tenant tenant, string repositoryRoot, string? overridePath = null)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (overridePath is not null)
        {
            return DuckDb(overridePath);
        }

        var config = tenant.Config.Warehouse;
        if (config.Provider == WarehouseProvider.Postgres)
        {
            return Postgres(ResolveSecret(config.ConnectionString!), config.Schema);
        }

        var path = System.IO.Path.IsPathRooted(config.Path!) ? config.Path! : System.IO.Path.Combine(repositoryRoot, config.Path!);
        if (!File.Exists(path))
        {
            var how = config.Generator is null
                ? ""
                : $"; generate it with: dotnet run --project src/Agent.Host -- data generate --tenant {tenant.Id}";
            throw new WarehouseUnavailableException($"the warehouse of tenant {tenant.Id} ('{config.Path}') does not exist yet{how}");
        }

        return DuckDb(path);
    }

    /// <summary>
    /// Identifies the current content of a DuckDB warehouse file (its last write time and length; a regenerated file
    /// is renamed into place, so both change), or null for a PostgreSQL warehouse, whose data may change at any time.
    /// Results read from a warehouse may be cached under this stamp.
    /// </summary>
    public string? ContentStamp()
    {
        if (Dialect != SqlDialect.DuckDb)
        {
            return null;
        }

        var file = new FileInfo(Location);
        return file.Exists ? $"{Location}|{file.LastWriteTimeUtc.Ticks}|{file.Length}" : null;
    }

    /// <summary>Opens a connection.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (Dialect == SqlDialect.DuckDb)
        {
            HeldDuckDbDatabases.Hold(Location, _connectionString);
        }

        DbConnection connection = Dialect == SqlDialect.DuckDb
            ? new DuckDBConnection(_connectionString)
            : new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new WarehouseUnavailableException($"cannot open the warehouse at {Location}: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Opens a connection that may write (an import). A DuckDB file cannot be open read-only and writable in one
    /// process at once, so the read-only database held for queries is let go first; a query running meanwhile makes
    /// the open fail with <see cref="WarehouseUnavailableException"/> rather than wait.
    /// </summary>
    public async Task<DbConnection> OpenForWritingAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection;
        if (Dialect == SqlDialect.DuckDb)
        {
            HeldDuckDbDatabases.LetGo(Location);
            connection = new DuckDBConnection($"Data Source={Location}");
        }
        else
        {
            connection = new NpgsqlConnection(_connectionString);
        }

        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new WarehouseUnavailableException($"cannot open the warehouse at {Location} for writing: {ex.Message}", ex);
        }
    }

    private static string ResolveSecret(string value)
    {
        const string Prefix = "env:";
        if (!value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return value;
        }

        var name = value[Prefix.Length..];
        return Environment.GetEnvironmentVariable(name)
            ?? throw new WarehouseUnavailableException($"environment variable {name} (the warehouse connection string) is not set");
    }
}
