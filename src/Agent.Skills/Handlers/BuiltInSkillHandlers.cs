using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Skills.Behaviour;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Skills;

namespace SegmentAI.Skills.Handlers;

/// <summary>The handlers of the skills SegmentAI ships, one line each, and the tools and intents they may list.</summary>
internal static class BuiltInSkillHandlers
{
    public static IServiceCollection AddBuiltInSkillHandlers(this IServiceCollection services)
    {
        foreach (var tool in SkillTools.BuiltIn)
        {
            services.AddSkillTool(tool);
        }

        foreach (var intent in Intent.BuiltIn)
        {
            services.AddSkillIntent(intent.Name);
        }

        services.TryAddSingleton<BehaviourStudies>();
        return services
            .AddSkillTool(BehaviourPersonasHandler.Tool)
            .AddSkillIntent(BehaviourPersonasHandler.Intent)
            .AddSkillHandler<BehaviourPersonasHandler>("analyze_personas")
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
}
