using SegmentAI.Skills.Dates;
using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Segments;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class EntityExtractorTests
{
    private readonly EntityExtractor _extractor = new();

    private ExtractedEntities Extract(string text) => _extractor.Extract(text, Acme.Tenant, Acme.AsOf);

    [Fact]
    public void Reads_the_example_request()
    {
        const string text = "customers who buy baby products at least twice a week but not in Texas";

        var entities = Extract(text);

        var baby = Assert.Single(entities.Facets, f => f.Text == "baby products");
        Assert.Equal("department_purchased", baby.FacetId);
        Assert.Equal("Baby", baby.Value);
        Assert.Equal(1.0, baby.Score);
        var texas = Assert.Single(entities.Facets, f => f.Text == "Texas");
        Assert.Equal(["state", "store_state"], texas.Meanings.Select(m => m.FacetId).Distinct());
        var frequency = Assert.Single(entities.Frequencies);
        Assert.Equal("at least twice a week", frequency.Text);
        Assert.Equal(new Frequency { Comparison = FrequencyComparison.AtLeast, Count = 2, Per = FrequencyPeriod.Week, Expression = "at least twice a week" }, frequency.Frequency);
        var negation = Assert.Single(entities.Negations);
        Assert.Equal("but not", negation.Text);
        Assert.Equal(text.IndexOf("in Texas", StringComparison.Ordinal), negation.ScopeStart);
        Assert.Contains(entities.Connectives, c => c.Kind == Connective.But);
    }

    [Theory]
    [InlineData("at least twice a week", FrequencyComparison.AtLeast, 2, FrequencyPeriod.Week)]
    [InlineData("once a month", FrequencyComparison.AtLeast, 1, FrequencyPeriod.Month)]
    [InlineData("3 times in the last 90 days", FrequencyComparison.AtLeast, 3, FrequencyPeriod.Window)]
    [InlineData("weekly", FrequencyComparison.AtLeast, 1, FrequencyPeriod.Week)]
    [InlineData("every week", FrequencyComparison.AtLeast, 1, FrequencyPeriod.Week)]
    [InlineData("more than 5 times", FrequencyComparison.AtLeast, 6, FrequencyPeriod.Window)]
    [InlineData("at most once a week", FrequencyComparison.AtMost, 1, FrequencyPeriod.Week)]
    [InlineData("daily", FrequencyComparison.AtLeast, 7, FrequencyPeriod.Week)]
    [InlineData("exactly twice", FrequencyComparison.Exactly, 2, FrequencyPeriod.Window)]
    [InlineData("every other week", FrequencyComparison.AtLeast, 0.5, FrequencyPeriod.Week)]
    [InlineData("3 or more times", FrequencyComparison.AtLeast, 3, FrequencyPeriod.Window)]
    [InlineData("fewer than 3 times", FrequencyComparison.AtMost, 2, FrequencyPeriod.Window)]
    [InlineData("twice a day", FrequencyComparison.AtLeast, 14, FrequencyPeriod.Week)]
    public void Reads_frequency_phrases(string phrase, FrequencyComparison comparison, double count, FrequencyPeriod per)
    {
        var entities = Extract($"customers who bought toys {phrase}");

        var mention = Assert.Single(entities.Frequencies);
        Assert.Equal(phrase.Split(" in the last")[0], mention.Text);
        Assert.Equal(comparison, mention.Frequency.Comparison);
        Assert.Equal(count, mention.Frequency.Count);
        Assert.Equal(per, mention.Frequency.Per);
        Assert.Equal(mention.Text, mention.Frequency.Expression);
    }

    [Theory]
    [InlineData("spent more than $200 on toys", 200, ConditionOperator.Gt)]
    [InlineData("spent over 200 bucks", 200, ConditionOperator.Gt)]
    [InlineData("spent at least 200 dollars", 200, ConditionOperator.Gte)]
    [InlineData("spent $1.5k in total", 1500, null)]
    [InlineData("single order under $50", 50, ConditionOperator.Lt)]
    [InlineData("spent less than $20,000", 20000, ConditionOperator.Lt)]
    [InlineData("spent $500 or more", 500, ConditionOperator.Gte)]
    public void Reads_money_with_its_comparison(string text, decimal value, ConditionOperator? comparison)
    {
        var money = Assert.Single(Extract(text).Money);

        Assert.Equal(value, money.Value);
        Assert.Equal(comparison, money.Comparison);
    }

    [Fact]
    public void Reads_a_money_range()
    {
        var money = Assert.Single(Extract("spent between $100 and $500 on groceries").Money);

        Assert.Equal(ConditionOperator.Between, money.Comparison);
        Assert.Equal(100m, money.Value);
        Assert.Equal(500m, money.UpperValue);
        Assert.Equal("between $100 and $500", money.Text);
    }

    [Theory]
    [InlineData("placed more than 3 orders", 3, ConditionOperator.Gt)]
    [InlineData("placed three orders", 3, null)]
    [InlineData("viewed at least 1.5k products", 1500, ConditionOperator.Gte)]
    [InlineData("received 20,000 emails", 20000, null)]
    public void Reads_numbers(string text, decimal value, ConditionOperator? comparison)
    {
        var number = Assert.Single(Extract(text).Numbers);

        Assert.Equal(value, number.Value);
        Assert.Equal(comparison, number.Comparison);
    }

    [Fact]
    public void Leaves_numbers_inside_dates_and_terms_to_them()
    {
        var entities = Extract("customers aged 25-34 who bought toys in the last 30 days");

        Assert.Empty(entities.Numbers);
        Assert.Equal("the last 30 days", Assert.Single(entities.Dates).Text);
        Assert.Contains(entities.Facets, f => f.FacetId == "age_band" && f.Value == "25-34");
    }

    [Fact]
    public void Keeps_ambiguous_dates_with_their_candidates()
    {
        var date = Assert.Single(Extract("customers who bought toys recently").Dates);

        Assert.Equal(DateResolutionStatus.Ambiguous, date.Resolution.Status);
        Assert.NotEmpty(date.Resolution.Candidates);
    }

    [Fact]
    public void Resolves_dates_on_the_tenants_fiscal_calendar()
    {
        var date = Assert.Single(Extract("bought toys this fiscal year").Dates);

        Assert.Equal(new DateOnly(2026, 2, 1), date.Resolution.Window!.Start);
    }

    [Theory]
    [InlineData("baby buyers who haven't bought toys", "haven't")]
    [InlineData("baby buyers who haven't bought toys", "who haven't")]
    [InlineData("toy buyers excluding Texas", "excluding")]
    [InlineData("toy buyers without a loyalty tier", "without")]
    [InlineData("electronics buyers other than gold members", "other than")]
    [InlineData("customers who never opened an email", "never")]
    [InlineData("toy buyers except platinum members", "except")]
    [InlineData("customers who didn't return anything", "didn't")]
    public void Finds_negation_cues(string text, string cue)
    {
        var negations = Extract(text).Negations;

        Assert.Contains(negations, n => n.Text == cue || (cue.Length < n.Text.Length && n.Text.EndsWith(cue, StringComparison.Ordinal)));
    }

    [Fact]
    public void Does_not_read_no_more_than_as_a_negation()
    {
        var entities = Extract("spent no more than $50");

        Assert.Empty(entities.Negations);
        Assert.Equal(ConditionOperator.Lte, Assert.Single(entities.Money).Comparison);
    }

    [Fact]
    public void Finds_connectives_outside_terms_and_ranges()
    {
        var entities = Extract("lawn and garden buyers as well as pet owners or parents, plus toys between $10 and $20");

        Assert.Equal(
            [Connective.And, Connective.Or, Connective.And],
            entities.Connectives.Select(c => c.Kind));
        Assert.Equal(["as well as", "or", "plus"], entities.Connectives.Select(c => c.Text));
    }

    [Fact]
    public void Prefers_the_longest_term_and_never_overlaps()
    {
        var entities = Extract("customers who bought baby food and dog food");

        Assert.Contains(entities.Facets, f => f.Text == "baby food" && f.Value == "Baby Food");
        Assert.Contains(entities.Facets, f => f.Text == "dog food" && f.Value == "Dog Food");
        var ordered = entities.Facets.OrderBy(f => f.Start).ToList();
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void Scores_a_plural_variant_below_an_exact_term()
    {
        var vitamin = Assert.Single(Extract("vitamin buyers").Facets, f => f.Text == "vitamin");

        Assert.Equal("Vitamins", vitamin.Value);
        Assert.InRange(vitamin.Score, 0.5, 0.99);
    }

    [Fact]
    public void Scores_a_spell_corrected_term_by_its_correction()
    {
        var corrected = new DomainSpellCorrector().Correct("dipers buyers", TenantLexicon.For(Acme.Tenant));

        var entities = _extractor.Extract(corrected.Text, Acme.Tenant, Acme.AsOf, corrected.Corrections);

        var diapers = Assert.Single(entities.Facets, f => f.Value == "Diapers");
        Assert.Equal(corrected.Corrections[0].Score, diapers.Score);
    }

    [Fact]
    public void Reads_vocabulary_phrases()
    {
        var big = Assert.Single(Extract("big spenders in Ohio").Facets, f => f.Text == "big spenders");

        Assert.Equal(LexiconTermKind.Vocabulary, big.Meanings[0].Kind);
        Assert.Equal("single_order_total", big.FacetId);
        Assert.Equal(365, big.Meanings[0].Vocabulary!.WindowDays);
    }

    [Fact]
    public void Does_not_read_lowercase_words_as_state_codes()
    {
        var entities = Extract("customers in Ohio or in Maine");

        Assert.DoesNotContain(entities.Facets, f => f.Value is "IN" or "OR" or "ME" && f.Text.Length == 2);
    }

    [Fact]
    public void Reads_state_codes_in_capitals()
    {
        Assert.Contains(Extract("customers in TX").Facets, f => f.FacetId == "state" && f.Value == "TX");
    }
}
