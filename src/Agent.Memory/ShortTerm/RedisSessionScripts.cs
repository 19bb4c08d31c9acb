namespace SegmentAI.Memory.ShortTerm;

/// <summary>
/// The Lua scripts that change short-term memory. Redis runs a script without interleaving any other command, so
/// each change below is all-or-nothing. A session is a hash: <c>version</c>, <c>user</c>, <c>index</c> (the key of its
/// user's session set) and <c>state</c> (JSON). Keys a script reaches through <c>index</c> or a prefix carry the same
/// tenant hash tag as the keys passed in, so they live in the same cluster slot.
/// </summary>
internal static class RedisSessionScripts
{
    /// <summary>Save result: written.</summary>
    public const long Saved = 1;

    /// <summary>Save result: the stored version differs from the expected one.</summary>
    public const long Conflict = 0;

    /// <summary>Save result: the script ran after the caller's deadline, so the caller has given up on it.</summary>
    public const long TooLate = -1;

    /// <summary>
    /// KEYS: session, user index. ARGV: expected version, state JSON, user id, time to live (ms), encoded session id,
    /// deadline (Unix ms). Returns { result, stored version } with result <see cref="Saved"/>, <see cref="Conflict"/>
    /// or <see cref="TooLate"/>. An unreadable stored version counts as 0, as it does when loading.
    /// </summary>
    public const string Save = """
        local stored = tonumber(redis.call('HGET', KEYS[1], 'version')) or 0
        if stored ~= tonumber(ARGV[1]) then
          return { 0, stored }
        end
        local now = redis.call('TIME')
        if tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) > tonumber(ARGV[6]) then
          return { -1, stored }
        end
        local previousIndex = redis.call('HGET', KEYS[1], 'index')
        if previousIndex and previousIndex ~= KEYS[2] then
          redis.call('SREM', previousIndex, ARGV[5])
        end
        local version = stored + 1
        redis.call('HSET', KEYS[1], 'version', string.format('%d', version), 'user', ARGV[3], 'index', KEYS[2], 'state', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('SADD', KEYS[2], ARGV[5])
        redis.call('PEXPIRE', KEYS[2], ARGV[4])
        return { 1, version }
        """;

    /// <summary>KEYS: session. ARGV: encoded session id. Deletes the session and its index entry; returns 1 when it existed.</summary>
    public const string Delete = """
        local index = redis.call('HGET', KEYS[1], 'index')
        if index then
          redis.call('SREM', index, ARGV[1])
        end
        return redis.call('DEL', KEYS[1])
        """;

    /// <summary>
    /// KEYS: user index. ARGV: session key prefix of the tenant, user id. Deletes every live session of the user
    /// listed in the index (entries of expired sessions, or of sessions now owned by someone else, are skipped),
    /// then the index; returns how many sessions were deleted.
    /// </summary>
    public const string EraseUser = """
        local removed = 0
        for _, id in ipairs(redis.call('SMEMBERS', KEYS[1])) do
          local key = ARGV[1] .. id
          if redis.call('HGET', key, 'user') == ARGV[2] then
            removed = removed + redis.call('DEL', key)
          end
        end
        redis.call('DEL', KEYS[1])
        return removed
        """;
}
