using SegmentAI.Skills.Skills;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Host.Hosting;

/// <summary>Loads the folders a host cannot run without before it starts.</summary>
internal static class RepositoryFolders
{
    /// <summary>
    /// Throws <see cref="SegmentAI.Skills.Hosting.RepositoryFolderNotFoundException"/> for a missing tenants or skills
    /// folder. Loaded here, outside the host's start, the failure is the command's one error line; during the start
    /// the host would log it with its stack trace first.
    /// </summary>
    public static void Require(IServiceProvider services)
    {
        _ = services.GetRequiredService<TenantDirectory>();
        _ = services.GetRequiredService<SkillLibrary>();
    }
}
