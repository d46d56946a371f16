using Isnad.Model;
using Xunit;

namespace Isnad.Tests.Entities;

/// <summary>The entity stage inside the pipeline: gazetteer canonical names, dates, and their use by attributions.</summary>
public sealed class EntityStageTests
{
    private const string Passage = "وقالت وكالة فرانس برس أمس إن الاجتماع سيعقد في الرياض الأسبوع المقبل.";

    [Fact]
    public void An_outlet_gets_its_canonical_name_and_latin_label()
    {
        var analysis = Pipeline.Default.Analyze(Passage, new ArticleMeta(Date: new DateOnly(2015, 7, 21)));

        var outlet = Assert.Single(analysis.Entities, e => e.Canonical == "فرانس برس");
        Assert.Equal("AFP", outlet.Latin);
        Assert.Equal(EntityType.ORG, outlet.Type);
        Assert.Contains("فرانس برس", outlet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_date_is_resolved_against_the_article_date()
    {
        var analysis = Pipeline.Default.Analyze(Passage, new ArticleMeta(Date: new DateOnly(2015, 7, 21)));

        var yesterday = Assert.Single(analysis.Entities, e => e.Text == "أمس");
        Assert.Equal(EntityType.DATE, yesterday.Type);
        Assert.Equal("2015-07-20", yesterday.Date);
    }

    [Fact]
    public void The_speaker_outlet_carries_its_canonical_name()
    {
        var analysis = Pipeline.Default.Analyze(Passage, new ArticleMeta(Date: new DateOnly(2015, 7, 21)));

        var attribution = Assert.Single(analysis.Attributions);
        Assert.Equal(SourceKind.Outlet, attribution.Source.Kind);
        Assert.Equal("فرانس برس", attribution.Source.Entity);
        Assert.Equal("الاجتماع سيعقد في الرياض الأسبوع المقبل", attribution.Content.Text);
    }

    [Theory]
    [InlineData("وقالت الولايات المتحدة إنها ترحب بالاتفاق.", SourceKind.Organization)]
    [InlineData("وقالت روسيا إنها ترحب بالاتفاق.", SourceKind.Organization)]
    public void A_country_that_speaks_speaks_as_a_state(string passage, SourceKind expected)
    {
        var analysis = Pipeline.Default.Analyze(passage, new ArticleMeta());

        Assert.Equal(expected, Assert.Single(analysis.Attributions).Source.Kind);
    }

    [Fact]
    public void A_quoted_family_name_that_speaks_is_a_person()
    {
        var analysis = Pipeline.Default.Analyze("وأوضح \"الرويلي\" أن البرنامج يخدم مئة أسرة.", new ArticleMeta());

        Assert.Equal(SourceKind.Person, Assert.Single(analysis.Attributions).Source.Kind);
    }

    [Fact]
    public void A_lone_family_name_that_speaks_is_a_person()
    {
        var analysis = Pipeline.Default.Analyze("من جانبه، قال الحازمي: إن الخطوات موفقة.", new ArticleMeta());

        Assert.Equal(SourceKind.Person, Assert.Single(analysis.Attributions).Source.Kind);
    }

    [Fact]
    public void Without_the_entity_stage_there_are_no_entities_but_the_same_attributions()
    {
        var full = Pipeline.Default.Analyze(Passage);
        var bare = Pipeline.WithoutEntities.Analyze(Passage);

        Assert.Empty(bare.Entities);
        Assert.Equal(full.Attributions.Select(a => (a.Cue.Span, a.Content.Span)), bare.Attributions.Select(a => (a.Cue.Span, a.Content.Span)));
    }
}
