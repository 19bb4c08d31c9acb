using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SegmentAI.Skills.Handlers;
using SegmentAI.Skills.Perception;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers skill handlers by the procedure name skills' YAML uses, and the tools and intents skills may list.</summary>
public static class SkillHandlerServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> as the handler of every skill whose YAML says
    /// <c>procedure: <paramref name="procedure"/></c>. Its <see cref="SkillOptionsAttribute"/>, if any, names the
    /// type the skill's parameters bind to.
    /// </summary>
    public static IServiceCollection AddSkillHandler<THandler>(this IServiceCollection services, string procedure)
        where THandler : class, ISkillHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(procedure);
        services.TryAddSingleton<THandler>();
        services.AddSingleton(new SkillHandlerRegistration(procedure, typeof(THandler), typeof(THandler).GetCustomAttribute<SkillOptionsAttribute>()?.OptionsType));
        return services;
    }

    /// <summary>
    /// Registers <paramref name="name"/> as a tool skills may list under <c>tools:</c>; a skill listing a tool that
    /// nothing registered stops start-up, naming its file.
    /// </summary>
    public static IServiceCollection AddSkillTool(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        services.AddSingleton(new SkillToolRegistration(name));
        return services;
    }

    /// <summary>
    /// Registers <paramref name="name"/> as an intent skills may serve under <c>intents:</c>, so a plug-in skill can
    /// bring its own (the classifier learns it from the skill's examples and triggers); a skill serving an intent
    /// nothing registered stops start-up, naming its file.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not snake_case.</exception>
    public static IServiceCollection AddSkillIntent(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new SkillIntentRegistration(new Intent(name)));
        return services;
    }
}
