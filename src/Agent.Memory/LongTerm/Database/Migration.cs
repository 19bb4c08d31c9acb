namespace SegmentAI.Memory.LongTerm.Database;

/// <summary>One versioned schema change, shipped as an embedded SQL script (<c>0001_initial.sql</c>).</summary>
/// <param name="Version">Order of application; never reused.</param>
/// <param name="Name">What it does, from the file name.</param>
/// <param name="Sql">The script.</param>
/// <param name="Checksum">SHA-256 of the script with line endings normalized; an applied script must keep it.</param>
internal sealed record Migration(int Version, string Name, string Sql, string Checksum);
