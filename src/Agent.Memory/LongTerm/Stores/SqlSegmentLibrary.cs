using System.Data.Common;
using System.Globalization;
using Dapper;
using SegmentAI.Memory.LongTerm.Database;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Memory.LongTerm.Stores;

/// <summary>
/// A tenant's saved segments in long-term memory. Every change writes the segment row and its version row in
/// one transaction; deleting marks the segment deleted (its versions stay) and frees its name. Names are
/// unique per tenant among active segments, checked in the transaction and enforced by a partial unique index
/// for writers that race past the check.
/// </summary>
public sealed class SqlSegmentLibrary : ISegmentLibrary
{
    private const string Active = "active";
    private const string Deleted = "deleted";

    private const string Columns = """
        segment_id AS Id, tenant_id AS TenantId, owner_id AS OwnerId, name AS Name, definition_json AS DefinitionJson,
        version AS Version, created_at AS CreatedAt, updated_at AS UpdatedAt, status AS Status,
        origin_session_id AS OriginSessionId, origin_turn AS OriginTurn, changed_by AS ChangedBy
        """;

    private readonly LongTermDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the library over <paramref name="database"/>.</summary>
    public SqlSegmentLibrary(LongTermDatabase database, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _time = time ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public Task<SavedSegment> SaveAsync(string tenantId, string ownerId, string name, SegmentDefinition definition, SegmentOrigin? origin = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        ArgumentNullException.ThrowIfNull(definition);
        var clean = SegmentNameRules.Clean(name);
        return WriteAsync(
            clean,
            (connection, transaction) => InsertAsync(connection, transaction, tenantId, ownerId, clean, definition, origin, cancellationToken),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment> UpdateAsync(string tenantId, string segmentId, SegmentDefinition definition, string changedBy, SegmentOrigin? origin = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        ArgumentNullException.ThrowIfNull(segmentId);
        ArgumentNullException.ThrowIfNull(definition);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var current = await RequireAsync(connection, transaction, tenantId, segmentId, cancellationToken).ConfigureAwait(false);
                var updated = current with
                {
                    Definition = definition with { Name = current.Name },
                    Version = current.Version + 1,
                    UpdatedAt = Now(),
                    Origin = origin ?? current.Origin,
                    ChangedBy = changedBy,
                };
                await ChangeAsync(connection, transaction, updated, cancellationToken).ConfigureAwait(false);
                return updated;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment> RenameAsync(string tenantId, string segmentId, string newName, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        ArgumentNullException.ThrowIfNull(segmentId);
        return WriteAsync(
            newName,
            async (connection, transaction) =>
            {
                var current = await RequireAsync(connection, transaction, tenantId, segmentId, cancellationToken).ConfigureAwait(false);
                var clean = SegmentNameRules.Clean(newName);
                await EnsureNameFreeAsync(connection, transaction, tenantId, clean, segmentId, cancellationToken).ConfigureAwait(false);
                var renamed = current with { Name = clean, Definition = current.Definition with { Name = clean }, Version = current.Version + 1, UpdatedAt = Now(), ChangedBy = changedBy };
                await ChangeAsync(connection, transaction, renamed, cancellationToken).ConfigureAwait(false);
                return renamed;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment> DuplicateAsync(string tenantId, string segmentId, string newName, string ownerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(segmentId);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        return WriteAsync(
            newName,
            async (connection, transaction) =>
            {
                var source = await RequireAsync(connection, transaction, tenantId, segmentId, cancellationToken).ConfigureAwait(false);
                var clean = SegmentNameRules.Clean(newName);
                return await InsertAsync(connection, transaction, tenantId, ownerId, clean, source.Definition, source.Origin, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string tenantId, string segmentId, string changedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        ArgumentNullException.ThrowIfNull(segmentId);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var current = await LoadAsync(connection, transaction, tenantId, segmentId, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    return false;
                }

                await ChangeAsync(connection, transaction, current with { Status = SegmentStatus.Deleted, Version = current.Version + 1, UpdatedAt = Now(), ChangedBy = changedBy }, cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment?> GetAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(segmentId);
        return _database.ReadAsync(connection => LoadAsync(connection, null, tenantId, segmentId, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<SavedSegment?> FindByNameAsync(string tenantId, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(name);
        return _database.ReadAsync(
            async connection => (await connection.QuerySingleOrDefaultAsync<SegmentRow>(_database.Command(
                $"SELECT {Columns} FROM saved_segments WHERE tenant_id = @tenantId AND name_key = @nameKey AND status = '{Active}'",
                new { tenantId, nameKey = SegmentNameRules.Key(name) },
                null,
                cancellationToken)).ConfigureAwait(false))?.ToSegment(),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SavedSegment>> HistoryAsync(string tenantId, string segmentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentNullException.ThrowIfNull(segmentId);
        return QueryAsync(
            $"SELECT {Columns} FROM segment_versions WHERE tenant_id = @tenantId AND segment_id = @segmentId ORDER BY version",
            new { tenantId, segmentId },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SavedSegment>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        return QueryAsync(
            $"SELECT {Columns} FROM saved_segments WHERE tenant_id = @tenantId AND status = '{Active}' ORDER BY updated_at DESC, segment_number DESC",
            new { tenantId },
            cancellationToken);
    }

    // Two writers can both pass the in-transaction name check (PostgreSQL, read committed); the partial unique
    // index stops the second, and its violation reads as the same "already exists" the check gives.
    private async Task<SavedSegment> WriteAsync(string name, Func<DbConnection, DbTransaction, Task<SavedSegment>> write, CancellationToken cancellationToken)
    {
        try
        {
            return await _database.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }
        catch (MemoryStoreException ex) when (_database.IsUniqueViolation(ex, UniqueKey.ActiveSegmentName))
        {
            throw SegmentLibraryException.NameTaken(name.Trim());
        }
    }

    private async Task<SavedSegment> InsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        string tenantId,
        string ownerId,
        string name,
        SegmentDefinition definition,
        SegmentOrigin? origin,
        CancellationToken cancellationToken)
    {
        // Taking the tenant's counter row first queues concurrent saves of a tenant behind each other, so the
        // name check below sees what the previous save committed.
        var number = await connection.ExecuteScalarAsync<long>(_database.Command(
            """
            INSERT INTO segment_counters (tenant_id, last_number) VALUES (@tenantId, 1)
            ON CONFLICT (tenant_id) DO UPDATE SET last_number = segment_counters.last_number + 1
            RETURNING last_number
            """,
            new { tenantId },
            transaction,
            cancellationToken)).ConfigureAwait(false);
        await EnsureNameFreeAsync(connection, transaction, tenantId, name, exceptId: null, cancellationToken).ConfigureAwait(false);
        var now = Now();
        var segment = new SavedSegment(
            string.Create(CultureInfo.InvariantCulture, $"seg-{number:D4}"), tenantId, ownerId, name, definition with { Name = name }, 1, now, now, Origin: origin, ChangedBy: ownerId);
        await connection.ExecuteAsync(_database.Command(
            $"""
            INSERT INTO saved_segments (tenant_id, segment_id, segment_number, owner_id, name, name_key, definition_json, version, status, created_at, updated_at,
                origin_session_id, origin_turn, changed_by)
            VALUES (@tenantId, @id, @number, @ownerId, @name, @nameKey, {_database.Json("@definitionJson")}, 1, '{Active}', @createdAt, @updatedAt,
                @originSessionId, @originTurn, @ownerId)
            """,
            new
            {
                tenantId,
                id = segment.Id,
                number,
                ownerId,
                name,
                nameKey = SegmentNameRules.Key(name),
                definitionJson = SegmentJson.Serialize(segment.Definition),
                createdAt = _database.Time(now),
                updatedAt = _database.Time(now),
                originSessionId = origin?.SessionId,
                originTurn = origin?.Turn,
            },
            transaction,
            cancellationToken)).ConfigureAwait(false);
        await InsertVersionAsync(connection, transaction, segment, cancellationToken).ConfigureAwait(false);
        return segment;
    }

    private async Task ChangeAsync(DbConnection connection, DbTransaction transaction, SavedSegment segment, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(_database.Command(
            $"""
            UPDATE saved_segments SET name = @name, name_key = @nameKey, definition_json = {_database.Json("@definitionJson")},
                version = @version, status = @status, updated_at = @updatedAt, origin_session_id = @originSessionId, origin_turn = @originTurn,
                changed_by = @changedBy
            WHERE tenant_id = @tenantId AND segment_id = @id
            """,
            new
            {
                tenantId = segment.TenantId,
                id = segment.Id,
                name = segment.Name,
                nameKey = SegmentNameRules.Key(segment.Name),
                definitionJson = SegmentJson.Serialize(segment.Definition),
                version = segment.Version,
                status = StatusName(segment.Status),
                updatedAt = _database.Time(segment.UpdatedAt),
                originSessionId = segment.Origin?.SessionId,
                originTurn = segment.Origin?.Turn,
                changedBy = segment.ChangedBy,
            },
            transaction,
            cancellationToken)).ConfigureAwait(false);
        await InsertVersionAsync(connection, transaction, segment, cancellationToken).ConfigureAwait(false);
    }

    private Task InsertVersionAsync(DbConnection connection, DbTransaction transaction, SavedSegment segment, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(_database.Command(
            $"""
            INSERT INTO segment_versions (tenant_id, segment_id, version, owner_id, name, definition_json, status, created_at, updated_at,
                origin_session_id, origin_turn, changed_by)
            VALUES (@tenantId, @id, @version, @ownerId, @name, {_database.Json("@definitionJson")}, @status, @createdAt, @updatedAt,
                @originSessionId, @originTurn, @changedBy)
            """,
            new
            {
                tenantId = segment.TenantId,
                id = segment.Id,
                version = segment.Version,
                ownerId = segment.OwnerId,
                name = segment.Name,
                definitionJson = SegmentJson.Serialize(segment.Definition),
                status = StatusName(segment.Status),
                createdAt = _database.Time(segment.CreatedAt),
                updatedAt = _database.Time(segment.UpdatedAt),
                originSessionId = segment.Origin?.SessionId,
                originTurn = segment.Origin?.Turn,
                changedBy = segment.ChangedBy,
            },
            transaction,
            cancellationToken));

    private async Task EnsureNameFreeAsync(
        DbConnection connection, DbTransaction transaction, string tenantId, string name, string? exceptId, CancellationToken cancellationToken)
    {
        var holder = await connection.ExecuteScalarAsync<string?>(_database.Command(
            $"SELECT segment_id FROM saved_segments WHERE tenant_id = @tenantId AND name_key = @nameKey AND status = '{Active}'",
            new { tenantId, nameKey = SegmentNameRules.Key(name) },
            transaction,
            cancellationToken)).ConfigureAwait(false);
        if (holder is not null && holder != exceptId)
        {
            throw SegmentLibraryException.NameTaken(name);
        }
    }

    private async Task<SavedSegment> RequireAsync(DbConnection connection, DbTransaction transaction, string tenantId, string segmentId, CancellationToken cancellationToken) =>
        await LoadAsync(connection, transaction, tenantId, segmentId, cancellationToken).ConfigureAwait(false) ?? throw SegmentLibraryException.NotFound(segmentId);

    // Inside a write transaction the row is locked until commit, so two changes of one segment take turns.
    private async Task<SavedSegment?> LoadAsync(DbConnection connection, DbTransaction? transaction, string tenantId, string segmentId, CancellationToken cancellationToken) =>
        (await connection.QuerySingleOrDefaultAsync<SegmentRow>(_database.Command(
            $"SELECT {Columns} FROM saved_segments WHERE tenant_id = @tenantId AND segment_id = @segmentId AND status = '{Active}'{(transaction is null ? "" : _database.ForUpdate)}",
            new { tenantId, segmentId },
            transaction,
            cancellationToken)).ConfigureAwait(false))?.ToSegment();

    private Task<IReadOnlyList<SavedSegment>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        _database.ReadAsync<IReadOnlyList<SavedSegment>>(
            async connection => (await connection.QueryAsync<SegmentRow>(_database.Command(sql, parameters, null, cancellationToken)).ConfigureAwait(false))
                .Select(r => r.ToSegment()).ToList(),
            cancellationToken);

    private DateTimeOffset Now() => LongTermDatabase.Stored(_time.GetUtcNow());

    private static string StatusName(SegmentStatus status) => status == SegmentStatus.Deleted ? Deleted : Active;

    private sealed class SegmentRow
    {
        public string Id { get; init; } = "";

        public string TenantId { get; init; } = "";

        public string OwnerId { get; init; } = "";

        public string Name { get; init; } = "";

        public string DefinitionJson { get; init; } = "";

        public int Version { get; init; }

        public object CreatedAt { get; init; } = "";

        public object UpdatedAt { get; init; } = "";

        public string Status { get; init; } = Active;

        public string? OriginSessionId { get; init; }

        public int? OriginTurn { get; init; }

        public string? ChangedBy { get; init; }

        public SavedSegment ToSegment() => new(
            Id,
            TenantId,
            OwnerId,
            Name,
            SegmentJson.Parse(DefinitionJson),
            Version,
            LongTermDatabase.ReadTime(CreatedAt),
            LongTermDatabase.ReadTime(UpdatedAt),
            Status == Deleted ? SegmentStatus.Deleted : SegmentStatus.Active,
            OriginSessionId is null || OriginTurn is null ? null : new SegmentOrigin(OriginSessionId, OriginTurn.Value),
            ChangedBy);
    }
}
