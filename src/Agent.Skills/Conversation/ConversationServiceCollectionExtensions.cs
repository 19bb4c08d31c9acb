using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SegmentAI.Skills.Ambiguity;
using SegmentAI.Skills.Authoring;
using SegmentAI.Skills.Conversation;
using SegmentAI.Skills.Conversation.Pipeline;
using SegmentAI.Skills.Handlers;
using SegmentAI.Skills.Library;
using SegmentAI.Skills.Memory;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Planning;
using SegmentAI.Skills.Promotion;
using SegmentAI.Skills.Retrieval;
using SegmentAI.Skills.Sessions;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Warehouses;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the conversation engine with in-process memory; memory back ends registered earlier take precedence.</summary>
public static class ConversationServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IConversationEngine"/> and what it needs.</summary>
    public static IServiceCollection AddConversationEngine(this IServiceCollection services)
    {
        services.AddOptions<ConversationLimits>().BindConfiguration(ConversationLimits.SectionName).Validate(
            l => l.MaxTurnsPerSession >= 2 && l.MaxAnsweredMessages >= 1,
            $"{ConversationLimits.SectionName}:MaxTurnsPerSession must be at least 2 and {ConversationLimits.SectionName}:MaxAnsweredMessages at least 1.");
        services.TryAddSingleton<ISessionStore, InMemorySessionStore>();
        services.TryAddSingleton<IDeliveryLedger, InMemoryDeliveryLedger>();
        services.TryAddSingleton<ISegmentLibrary, InMemorySegmentLibrary>();
        services.TryAddSingleton<IUserPreferenceSource, InMemoryUserPreferences>();
        services.TryAddSingleton<IVocabularyStore, InMemoryVocabulary>();
        services.TryAddSingleton<IInteractionLog, InMemoryInteractionLog>();
        services.TryAddSingleton<IFeedbackStore, InMemoryFeedbackStore>();
        services.TryAddSingleton<ISegmentPatternStore, InMemorySegmentPatterns>();
        services.TryAddSingleton<ISkillPromotionLog, InMemorySkillPromotionLog>();
        services.TryAddSingleton<IShadowReviewQueue, InMemoryShadowReviewQueue>();
        services.TryAddSingleton<UserErasure>();
        services.TryAddSingleton<LongTermMemory>();
        services.TryAddSingleton(sp => new AmbiguityResolver(sp.GetRequiredService<IUserPreferenceSource>()));
        services.TryAddSingleton(sp => new PermissionChecker(sp.GetRequiredService<TenantDirectory>()));
        services.TryAddSingleton<MessagePerceiver>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SegmentPlanner(sp.GetRequiredService<FacetRetriever>(), sp.GetRequiredService<AmbiguityResolver>()));
        services.TryAddSingleton<FacetIndexWarmup>();
        services.TryAddSingleton<WarehouseClock>();
        services.TryAddSingleton<TurnJournal>();
        services.TryAddSingleton<TurnRatings>();
        services.TryAddSingleton<TurnFailures>();
        services.TryAddSingleton<SessionTurns>();
        services.TryAddSingleton<SegmentAuthor>();
        // Whichever library the host registers (in process, SQLite, PostgreSQL), the conversation's calls are traced.
        services.TryAddSingleton(sp => new TracedSegmentLibrary(sp.GetRequiredService<ISegmentLibrary>()));
        services.TryAddSingleton<SavedSegments>();
        services.TryAddSingleton<SegmentExplanations>();
        services.TryAddSingleton<ShadowReviewCommands>();
        services.TryAddSingleton<SkillHandlerCatalog>();
        services.TryAddSingleton<SkillDispatcher>();
        services.TryAddSingleton<PendingAnswers>();
        services.TryAddSingleton<ConversationalQuestions>();
        services.AddBuiltInSkillHandlers();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SkillBindingOptions>, SkillBindingValidation>());
        services.AddOptions<SkillBindingOptions>().ValidateOnStart();
        services.TryAddSingleton<ConversationEngine>();

        // Every turn the engine answers is traced, whichever host runs it; hosts add their admission steps around it.
        services.TryAddSingleton(sp => new ConversationEngineBuilder(sp.GetRequiredService<ConversationEngine>()).UseOpenTelemetry().Build(sp));
        return services;
    }
}
