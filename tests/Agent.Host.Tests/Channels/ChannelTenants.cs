using SegmentAI.Skills.Hosting;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Tests.Channels;

/// <summary>The repository's tenants, or a copy of them with acme-retail's message limits changed.</summary>
internal static class ChannelTenants
{
    public const string AcmeTeamsTenant = "6f1d2c4b-8a3e-4f7d-9b21-0c5e8a7d3f14";
    public const string AcmeSlackTeam = "T0ACMERTL";
    public const string MarcoAad = "220bd74b-a00e-466c-b511-fa8c57fc132c";
    public const string MarcoSlack = "U06NCF10EPF";
    public const string PriyaSlack = "U091DHODZDO";

    public static TenantDirectory Repository() => TenantDirectory.Load(RepositoryLayout.Discover().Tenants);

    /// <summary>A temporary copy of the tenants whose acme-retail allows the given messages per minute.</summary>
    public static TenantDirectory WithAcmeLimits(string directory, int turnsPerMinute, int userTurnsPerMinute)
    {
        CopyDirectory(RepositoryLayout.Discover().Tenants, directory);
        var file = Path.Combine(directory, "acme-retail", TenantDirectory.TenantFileName);
        var text = File.ReadAllText(file).Replace(
            "turns_per_minute: 600, user_turns_per_minute: 30",
            $"turns_per_minute: {turnsPerMinute}, user_turns_per_minute: {userTurnsPerMinute}",
            StringComparison.Ordinal);
        File.WriteAllText(file, text);
        var tenants = TenantDirectory.Load(directory);
        Assert.Empty(tenants.Failures);
        Assert.Equal(userTurnsPerMinute, tenants.Get("acme-retail").Config.RateLimits.UserTurnsPerMinute);
        return tenants;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal), overwrite: true);
        }
    }
}
