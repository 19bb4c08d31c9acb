using Microsoft.Extensions.DependencyInjection;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Handlers;

/// <summary>The handlers of the skills SegmentAI ships, one line each, and the tools they may list.</summary>
internal static class BuiltInSkillHandlers
{
    public static IServiceCollection AddBuiltInSkillHandlers(this IServiceCollection services) =>
        SkillTools.BuiltIn.Aggregate(services, (registered, tool) => registered.AddSkillTool(tool))
            .AddSkillHandler<SegmentCreationHandler>("create_segment")
            .AddSkillHandler<SegmentEditHandler>("edit_segment")
            .AddSkillHandler<SegmentExplainHandler>("explain_segment")
            .AddSkillHandler<SegmentManagementHandler>("manage_segments")
            .AddSkillHandler<SegmentOverlapHandler>("assess_overlap")
            .AddSkillHandler<SegmentProfileHandler>("profile_segment")
            .AddSkillHandler<SegmentExportHandler>("export_segment")
            .AddSkillHandler<HelpHandler>("help")
            .AddSkillHandler<UserMemoryHandler>("manage_memory");
}
