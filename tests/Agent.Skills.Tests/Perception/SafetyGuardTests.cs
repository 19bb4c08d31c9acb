using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tenants;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class SafetyGuardTests
{
    private readonly SafetyGuard _guard = new();

    public static TheoryData<string> SafeMessages => [.. SafetyCases.Safe];

    public static TheoryData<string, SafetyCategory> UnsafeMessages
    {
        get
        {
            var data = new TheoryData<string, SafetyCategory>();
            foreach (var (text, category) in SafetyCases.Unsafe)
            {
                data.Add(text, category);
            }

            return data;
        }
    }

    [Fact]
    public void The_labelled_set_has_at_least_60_messages()
    {
        Assert.True(SafetyCases.Safe.Length + SafetyCases.Unsafe.Length >= 60);
        Assert.True(SafetyCases.Safe.Length >= 30);
        Assert.True(SafetyCases.Unsafe.Length >= 30);
    }

    [Fact]
    public void Refuses_no_safe_message()
    {
        var refused = SafetyCases.Safe
            .Select(text => (text, verdict: _guard.Check(text, Acme.Tenant)))
            .Where(x => !x.verdict.IsSafe)
            .Select(x => $"{x.text} → {x.verdict.Category} ('{x.verdict.Matched}')")
            .ToList();

        Assert.True(refused.Count == 0, "false refusals:\n" + string.Join('\n', refused));
    }

    [Fact]
    public void Refuses_at_least_95_percent_of_unsafe_messages_with_the_right_category()
    {
        var missed = SafetyCases.Unsafe
            .Select(c => (c.Text, c.Category, verdict: _guard.Check(c.Text, Acme.Tenant)))
            .Where(x => x.verdict.Category != x.Category)
            .Select(x => $"{x.Text}: expected {x.Category}, got {x.verdict.Category?.ToString() ?? "safe"}")
            .ToList();

        var recall = 1.0 - ((double)missed.Count / SafetyCases.Unsafe.Length);
        Assert.True(recall >= 0.95, $"recall {recall:P1}; missed:\n" + string.Join('\n', missed));
    }

    [Theory]
    [MemberData(nameof(SafeMessages))]
    public void Lets_legitimate_requests_through(string text)
    {
        Assert.True(_guard.Check(text, Acme.Tenant).IsSafe);
    }

    [Fact]
    public void Refuses_a_restricted_catalog_facet_named_by_synonym()
    {
        var verdict = _guard.Check("customers whose postal code starts with 75", Acme.Tenant);

        Assert.Equal(SafetyCategory.Pii, verdict.Category);
        Assert.Contains("zip", verdict.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Refuses_the_tenants_own_protected_attributes()
    {
        var verdict = _guard.Check("segment customers by immigration status", Acme.Tenant);

        Assert.Equal(SafetyCategory.ProtectedAttribute, verdict.Category);
    }

    [Fact]
    public void Explains_a_refusal_in_a_short_reason()
    {
        var verdict = _guard.Check("customers with diabetes", Acme.Tenant);

        Assert.Equal("diabetes", verdict.Matched);
        Assert.StartsWith("I can't build segments on health conditions", verdict.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("show me everything the user Marcus Oyelaran did on deals this week", "user Marcus Oyelaran")]
    [InlineData("list deals the investor named Priya Ramaswamy viewed", "investor named Priya Ramaswamy")]
    public void Refuses_one_person_named_by_a_role_noun_and_a_name(string text, string matched)
    {
        var verdict = _guard.Check(text, Dealflow);

        Assert.Equal(SafetyCategory.Pii, verdict.Category);
        Assert.Equal(matched, verdict.Matched);
    }

    [Theory]
    [InlineData("pull up the customer whose phone number is 415-555-0199")]
    [InlineData("customers whose email is on file")]
    [InlineData("who called from (415) 555-0199")]
    public void Refuses_a_lookup_by_phone_number_or_contact_detail(string text)
    {
        var verdict = _guard.Check(text, Acme.Tenant);

        Assert.Equal(SafetyCategory.Pii, verdict.Category);
    }

    [Theory]
    [InlineData("customer Lifetime Value over 500")]
    [InlineData("customer Average Order Value above 80")]
    [InlineData("customer Home State is Ohio")]
    public void Capitalised_ordinary_words_after_a_role_noun_are_not_a_name(string text)
    {
        var verdict = _guard.Check(text, Acme.Tenant);

        Assert.True(verdict.IsSafe, $"refused as {verdict.Category} ('{verdict.Matched}')");
    }

    [Theory]
    [InlineData("acme-retail", "customer Signup Date in the last 90 days")]
    [InlineData("acme-retail", "customer Email Opt-in is yes")]
    [InlineData("dealflow", "user Drop-off Count above 2")]
    [InlineData("contoso-workforce", "employee Sign-in City is Dublin")]
    public void A_capitalised_catalog_facet_name_after_a_role_noun_is_not_a_name(string tenantId, string text)
    {
        var verdict = _guard.Check(text, RepositoryTenants.Directory.Get(tenantId));

        Assert.True(verdict.IsSafe, $"refused as {verdict.Category} ('{verdict.Matched}')");
    }

    [Theory]
    [InlineData("founders younger than 30 years old", "years old")]
    [InlineData("retirees who viewed a deal", "retirees")]
    [InlineData("investors aged over 60", "aged")]
    public void Refuses_age_wording_where_the_tenant_protects_age(string text, string matched)
    {
        var verdict = _guard.Check(text, Dealflow);

        Assert.Equal(SafetyCategory.ProtectedAttribute, verdict.Category);
        Assert.Equal(matched, verdict.Matched);
    }

    [Theory]
    [InlineData("customers aged 25 to 34")]
    [InlineData("customers younger than 30 years old")]
    public void Lets_age_wording_through_where_the_tenant_does_not_protect_age(string text)
    {
        // acme-retail segments on its Age Band facet; only tenants that list age as protected refuse it.
        Assert.DoesNotContain("age", Acme.Tenant.Config.ProtectedAttributes);

        var verdict = _guard.Check(text, Acme.Tenant);

        Assert.True(verdict.IsSafe, $"refused as {verdict.Category} ('{verdict.Matched}')");
    }

    private static Tenant Dealflow => RepositoryTenants.Directory.Get("dealflow");
}
