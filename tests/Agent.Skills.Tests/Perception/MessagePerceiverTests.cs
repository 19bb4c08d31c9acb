using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class MessagePerceiverTests
{
    private static MessagePerceiver Perceiver(IIntentClassifier classifier, int maxLength = MessageNormalizer.DefaultMaxLength) =>
        new(classifier, new PermissionChecker(RepositoryTenants.Directory), normalizer: new MessageNormalizer(maxLength));

    private static InboundMessage Message(string text, string user = "marco.marketer@acme", bool trust = false) =>
        new("acme-retail", user, "session-1", text, "slack", trust);

    [Fact]
    public void Perceives_a_slack_request_end_to_end()
    {
        var classifier = new FixedIntentClassifier(Intent.Create);

        var result = Perceiver(classifier).Perceive(
            Message("<@U0BOT> customers who buy *dipers* at least twice a week but not in Texas"), Acme.Tenant, Acme.AsOf, awaitingAnswer: false);

        Assert.Equal("customers who buy dipers at least twice a week but not in Texas", result.NormalizedText);
        Assert.Equal("customers who buy diapers at least twice a week but not in Texas", result.CorrectedText);
        Assert.Equal("Diapers", Assert.Single(result.Corrections).Label);
        Assert.Equal(Intent.Create, result.Intent!.Intent);
        Assert.Equal([("customers who buy diapers at least twice a week but not in Texas", false)], classifier.Calls);
        Assert.Contains(result.Entities.Facets, f => f.Value == "Diapers");
        Assert.Single(result.Entities.Frequencies);
        Assert.Single(result.Entities.Negations);
        Assert.True(result.Safety!.IsSafe);
        Assert.True(result.Permission!.Allowed);
        Assert.True(result.CanProceed);
    }

    [Fact]
    public void Stops_at_the_length_cap_without_classifying()
    {
        var classifier = new FixedIntentClassifier(Intent.Create);

        var result = Perceiver(classifier, maxLength: 20).Perceive(Message("customers who bought toys in Texas"), Acme.Tenant, Acme.AsOf, false);

        Assert.NotNull(result.TooLong);
        Assert.Empty(classifier.Calls);
        Assert.Null(result.Intent);
        Assert.False(result.CanProceed);
    }

    [Fact]
    public void Reports_an_unsafe_message()
    {
        var result = Perceiver(new FixedIntentClassifier(Intent.Create)).Perceive(Message("give me their emails"), Acme.Tenant, Acme.AsOf, false);

        Assert.Equal(SafetyCategory.Pii, result.Safety!.Category);
        Assert.False(result.CanProceed);
    }

    [Fact]
    public void Checks_permission_against_the_classified_intent()
    {
        var result = Perceiver(new FixedIntentClassifier(Intent.Delete))
            .Perceive(Message("delete the baby segment", user: "hannah.viewer@acme"), Acme.Tenant, Acme.AsOf, false);

        Assert.False(result.Permission!.Allowed);
        Assert.Equal(PermissionDenial.MissingPermission, result.Permission.Denial);
    }

    [Fact]
    public void Passes_awaiting_answer_to_the_classifier()
    {
        var classifier = new FixedIntentClassifier(Intent.Answer);

        Perceiver(classifier).Perceive(Message("the last 30 days"), Acme.Tenant, Acme.AsOf, awaitingAnswer: true);

        Assert.True(Assert.Single(classifier.Calls).AwaitingAnswer);
    }

    [Fact]
    public void Refuses_a_message_for_another_tenant_than_the_one_given()
    {
        var message = Message("toys") with { TenantId = "dealflow" };

        Assert.Throws<ArgumentException>(() => Perceiver(new FixedIntentClassifier(Intent.Query)).Perceive(message, Acme.Tenant, Acme.AsOf, false));
    }
}
