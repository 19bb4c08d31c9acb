using SegmentAI.Skills.Perception;
using SegmentAI.Skills.Tests.Tenants;

namespace SegmentAI.Skills.Tests.Perception;

public sealed class EverydayPhrasesTests
{
    private readonly DomainSpellCorrector _corrector = new();

    [Theory]
    [InlineData("acme-retail", "customers who bought a telly this year", "customers who bought a tvs this year", "telly")]
    [InlineData("acme-retail", "guys who bought razors", "men who bought razors", "guys")]
    [InlineData("acme-retail", "homeowners who bought patio furniture", "homeowners who bought outdoor furniture", "patio furniture")]
    [InlineData("dealflow", "who said yes to an offer", "who accepted an offer", "said yes to")]
    [InlineData("dealflow", "folks who found us on google", "folks who organic", "found us on google")]
    public void Reads_an_everyday_phrase_as_the_catalog_word_it_means(string tenant, string text, string expected, string original)
    {
        var result = _corrector.Correct(text, TenantLexicon.For(RepositoryTenants.Directory.Get(tenant)));

        Assert.Equal(expected, result.Text);
        var correction = Assert.Single(result.Corrections);
        Assert.Equal(original, correction.Original);
        Assert.Equal(1.0, correction.Score);
    }

    [Theory]
    [InlineData("contoso-workforce", "staff who bought a telly")]
    [InlineData("acme-retail", "customers who said yes to a survey")]
    public void Keeps_the_users_words_when_the_catalog_knows_no_reading(string tenant, string text)
    {
        var result = _corrector.Correct(text, TenantLexicon.For(RepositoryTenants.Directory.Get(tenant)));

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void Never_replaces_a_phrase_inside_a_longer_catalog_term()
    {
        var corrector = new DomainSpellCorrector { Phrases = EverydayPhrases.Parse("put in => sent") };
        var lexicon = TenantLexicon.For(Acme.Tenant);

        var inCart = corrector.Correct("customers who put in cart toys", lexicon);
        var anOrder = corrector.Correct("customers who put in an order", lexicon);

        Assert.Equal("customers who put in cart toys", inCart.Text);
        Assert.Equal("customers who sent an order", anOrder.Text);
    }

    [Fact]
    public void A_name_the_user_gives_is_never_read_as_something_else()
    {
        var result = _corrector.Correct("buyers of shoes, save it as telly fans", TenantLexicon.For(Acme.Tenant));

        Assert.EndsWith("save it as telly fans", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("telly, tellies")]
    [InlineData("telly => ")]
    [InlineData("telly => tvs\ntelly => tv")]
    public void Rejects_a_malformed_phrase_file(string text)
    {
        Assert.Throws<FormatException>(() => EverydayPhrases.Parse(text));
    }

    [Fact]
    public void The_shipped_phrases_parse_and_read_their_own_examples()
    {
        var lexicon = TenantLexicon.For(Acme.Tenant);

        var reading = EverydayPhrases.Default.ReadAt(WordTokenizer.Tokenize("bought cold medicine"), 1, lexicon);

        Assert.Equal((2, "cold & flu"), reading);
    }
}
