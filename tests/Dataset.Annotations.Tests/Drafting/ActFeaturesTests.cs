using Dataset.Annotations.Collections;
using Dataset.Annotations.Drafting.Acts;

namespace Dataset.Annotations.Tests.Drafting;

/// <summary>
/// What a learned act reads of a statement (<see cref="ActFeatures"/>): every act rule that fires, not only the first;
/// negation, a future, a condition and the first person; the form, the cue and the stems of the content's words, each
/// on a content that has it and a near miss that has not.
/// </summary>
public class ActFeaturesTests
{
    [Theory]
    [InlineData("en", "it would not allow the vote", "rule=Refusal:warn", "it would allow the vote")]
    [InlineData("en", "it would not allow the vote", "negated", "it would allow the vote")]
    [InlineData("en", "it would call a strike", "future", "it called a strike")]
    [InlineData("en", "it would call a strike if the plan went ahead", "condition", "it would call a strike as the plan went ahead")]
    [InlineData("en", "we are ready to talk", "first-person", "they are ready to talk")]
    [InlineData("ru", "мы не допустим провокаций", "rule=Refusal:warn", "они допустили ошибку")]
    [InlineData("ru", "мы не допустим провокаций", "negated", "мы допустим наблюдателей")]
    [InlineData("ru", "компания выплатит долги", "future=Third", "компания выплачивает долги")]
    [InlineData("ru", "если школу закроют, деревня умрёт", "condition", "когда школу закрыли, деревня опустела")]
    [InlineData("ru", "мы готовы к переговорам", "first-person", "они готовы к переговорам")]
    public void A_signal_is_read_where_it_stands_and_not_from_a_near_miss(string language, string said, string feature, string nearMiss)
    {
        Assert.Contains(feature, Features(language, said));
        Assert.DoesNotContain(feature, Features(language, nearMiss));
    }

    [Fact]
    public void Every_rule_that_fires_is_a_feature_of_its_own_beside_the_rules_verdict()
    {
        var signals = Signals("en", "the accusations were baseless and 30 people were killed", "deny");

        Assert.Contains("rule=ReportCalledFalse:deny", signals.Features);
        Assert.Contains("rule=Figure:announce", signals.Features);
        Assert.Contains("rule-act=announce", signals.Features);
        Assert.Contains("rules=deny", signals.Features);
        Assert.Equal("deny", signals.RuleAct);
        Assert.Equal("deny", ContentActs.For("en").Read(SaidActsTests.Content("the accusations were baseless and 30 people were killed"))?.Act);
    }

    [Fact]
    public void Words_are_read_by_their_stems_in_either_language_and_a_figure_is_no_word()
    {
        Assert.Contains("w=deny", Features("en", "it denied the report"));
        Assert.Contains("w=deny", Features("en", "it was denying the report"));
        Assert.Contains("w=обвинен", Features("ru", "обвинения беспочвенны"));
        Assert.Contains("w=обвинен", Features("ru", "обвинений не было"));
        Assert.DoesNotContain("w=обвинен", Features("ru", "обвинитель выступил"));
        Assert.Contains("w=#", Features("en", "profit fell 18 percent"));
        Assert.DoesNotContain("w=18", Features("en", "profit fell 18 percent"));
    }

    [Fact]
    public void The_language_the_form_and_a_missing_cue_are_features_and_each_stands_once_in_order()
    {
        var features = Features("ru", "это ложь и ложь");

        Assert.Contains("lang=ru", features);
        Assert.Contains("cue=none", features);
        Assert.Contains("form=indirect", features);
        Assert.Contains("form=direct", ActFeatures.Of("ru", ContentActs.For("ru"), null, SaidActsTests.Content("это ложь"), quote: true, "deny").Features);
        Assert.Equal(features.Distinct().Order(StringComparer.Ordinal), features);
        Assert.True(Signals("ru", "это ложь", "deny").Plain);
    }

    private static EquatableArray<string> Features(string language, string said) => Signals(language, said, "claim").Features;

    private static ActSignals Signals(string language, string said, string ruleAct) =>
        ActFeatures.Of(language, ContentActs.For(language), null, SaidActsTests.Content(said), quote: false, ruleAct);
}
