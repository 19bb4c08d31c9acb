using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SegmentAI.Skills.Tenants;

namespace SegmentAI.Skills.Perception;

/// <summary>
/// The perception layer: normalize → length cap → spell-correct → safety → intent → entities → permission,
/// deterministically and without an LLM. Message text is never logged.
/// </summary>
internal sealed partial class MessagePerceiver
{
    private readonly IIntentClassifier _classifier;
    private readonly PermissionChecker _permissions;
    private readonly MessageNormalizer _normalizer;
    private readonly DomainSpellCorrector _corrector;
    private readonly SafetyGuard _safety;
    private readonly EntityExtractor _extractor;
    private readonly ILogger<MessagePerceiver> _logger;

    /// <summary>Creates a perceiver; the optional parts default to their standard settings.</summary>
    /// <param name="classifier">Classifies the corrected text into an intent.</param>
    /// <param name="permissions">Checks the sender's role.</param>
    /// <param name="logger">Receives counts and outcomes, never message text.</param>
    /// <param name="normalizer">Channel-text normalizer and length limit.</param>
    /// <param name="corrector">Domain spell corrector.</param>
    public MessagePerceiver(
        IIntentClassifier classifier,
        PermissionChecker permissions,
        ILogger<MessagePerceiver>? logger = null,
        MessageNormalizer? normalizer = null,
        DomainSpellCorrector? corrector = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(permissions);
        _classifier = classifier;
        _permissions = permissions;
        _logger = logger ?? NullLogger<MessagePerceiver>.Instance;
        _normalizer = normalizer ?? new MessageNormalizer();
        _corrector = corrector ?? new DomainSpellCorrector();
        _safety = new SafetyGuard();
        _extractor = new EntityExtractor();
    }

    /// <summary>Perceives one message for <paramref name="tenant"/>.</summary>
    /// <param name="message">The message; its tenant id must be <paramref name="tenant"/>'s.</param>
    /// <param name="tenant">The tenant the message is for.</param>
    /// <param name="asOf">The date relative dates resolve against.</param>
    /// <param name="awaitingAnswer">True when the agent's last turn asked a question.</param>
    public PerceptionResult Perceive(InboundMessage message, Tenant tenant, DateOnly asOf, bool awaitingAnswer)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(tenant);
        if (!string.Equals(message.TenantId, tenant.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"message is for tenant '{message.TenantId}' but tenant '{tenant.Id}' was given", nameof(tenant));
        }

        var normalized = _normalizer.Normalize(message.Text);
        if (normalized.TooLong is { } tooLong)
        {
            LogTooLong(_logger, tenant.Id, message.Channel, tooLong.Length, tooLong.Limit);
            return new PerceptionResult { OriginalText = message.Text, TooLong = tooLong };
        }

        var corrected = _corrector.Correct(normalized.Text, TenantLexicon.For(tenant));

        // A correction must never hide what the user actually wrote, so the guard reads both texts.
        var safety = _safety.Check(normalized.Text, tenant) is { IsSafe: false } refused ? refused : _safety.Check(corrected.Text, tenant);
        var intent = _classifier.Classify(corrected.Text, awaitingAnswer);
        var entities = _extractor.Extract(corrected.Text, tenant, asOf, corrected.Corrections);
        var permission = _permissions.Check(tenant.Config, message.UserId, intent.Intent, message.TrustUnknownUsers);

        LogPerceived(_logger, tenant.Id, message.Channel, intent.Intent, intent.Confidence, corrected.Corrections.Count,
            entities.Facets.Count, safety.Category?.ToString() ?? "safe", permission.Allowed);
        return new PerceptionResult
        {
            OriginalText = message.Text,
            NormalizedText = normalized.Text,
            CorrectedText = corrected.Text,
            Corrections = corrected.Corrections,
            Intent = intent,
            Entities = entities,
            Safety = safety,
            Permission = permission,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message for tenant {TenantId} on {Channel} is {Length} characters, over the limit of {Limit}")]
    private static partial void LogTooLong(ILogger logger, string tenantId, string channel, int length, int limit);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Perceived a message for tenant {TenantId} on {Channel}: intent {Intent} ({Confidence:0.00}), {Corrections} corrections, {Terms} catalog terms, safety {Safety}, permitted {Permitted}")]
    private static partial void LogPerceived(ILogger logger, string tenantId, string channel, Intent intent, double confidence, int corrections, int terms, string safety, bool permitted);
}
