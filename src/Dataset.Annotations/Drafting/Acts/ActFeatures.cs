using System.Collections.Generic;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Text;
using Dataset.Annotations.Text.Cues;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>
/// What a drafted statement's act can be learned from: its features, the act the rules give (the first rule that fires,
/// the verb's own act, or a claim) and whether its verb is a plain one ("said", "заявил") that names no act.
/// </summary>
internal sealed record ActSignals(EquatableArray<string> Features, string RuleAct, bool Plain);

/// <summary>
/// What a learned act reads of a statement, as named features: the article's language, the cue (its kind, its act and
/// its verb's stem), each act rule that fires on what was said (not only the first) and the rules' own verdict, the
/// grammar of the content (negation, a future, a condition, the first person), the form, and the stems of the
/// content's words. Drafts keep them on each statement at draft time, and the act models are trained and measured on
/// what the drafts kept (<see cref="Evaluation.ActCrossValidation"/>), so both see one reading.
/// </summary>
internal static class ActFeatures
{
    /// <summary>
    /// The features of a statement, sorted and each once, with the rules' act; <paramref name="relayedVerb"/> when the
    /// plain cue relays a verb that names its act ("потребовали …, сообщила ассоциация"), which then counts as not plain.
    /// </summary>
    public static ActSignals Of(string language, ContentActs acts, Cue? cue, SaidContent said, bool quote, string ruleAct, bool relayedVerb = false)
    {
        var plain = (cue is null || cue.Value.Neutral) && !relayedVerb;
        var russian = language == TextLanguage.Russian;
        var features = new SortedSet<string>(System.StringComparer.Ordinal)
        {
            "lang=" + language,
            "form=" + (quote ? "direct" : "indirect"),
            "rules=" + ruleAct,
        };
        if (cue is { } found)
        {
            features.Add("cue=" + found.Kind);
            features.Add("cue-act=" + found.Act);
            if (found.Kind == CueKind.Verb)
            {
                features.Add("verb=" + Stem(said.Text, said.Tokens[found.First], russian));
            }
        }
        else
        {
            features.Add("cue=none");
        }

        foreach (var fired in acts.Fired(said))
        {
            features.Add("rule=" + fired.Rule + ":" + fired.Act);
            features.Add("rule-act=" + fired.Act);
        }

        foreach (var signal in russian ? RussianGrammar(said) : EnglishGrammar(said))
        {
            features.Add(signal);
        }

        for (var i = said.Start; i < said.End; i++)
        {
            if (said.Tokens[i].IsWord)
            {
                features.Add("w=" + Stem(said.Text, said.Tokens[i], russian));
            }
        }

        return new ActSignals(features.ToEquatableArray(), ruleAct, plain);
    }

    /// <summary>
    /// Whether the learned act reads a feature: every one but the rules' own ("rules=", "rule=", "rule-act="), as
    /// logistic regression read more acts right without them on the sets no rule was fitted on (docs/coverage.md).
    /// </summary>
    public static bool Learned(string feature) => !feature.StartsWith("rule", System.StringComparison.Ordinal);

    private static IEnumerable<string> EnglishGrammar(SaidContent c)
    {
        if (c.Negated || c.Find(ActWords.Negations) >= 0)
        {
            yield return "negated";
        }

        if (c.IsIn(c.Modal, ActWords.FutureModals) || c.Find(ActWords.FirstPersonFuture) >= 0)
        {
            yield return "future";
        }

        if (c.Find(ActWords.Conditions) >= 0)
        {
            yield return "condition";
        }

        if (c.FirstPerson || c.Find(ActWords.FirstPerson) >= 0)
        {
            yield return "first-person";
        }

        if (c.Self)
        {
            yield return "self";
        }
    }

    private static IEnumerable<string> RussianGrammar(SaidContent c)
    {
        if (c.Find(RussianActWords.Negations) >= 0)
        {
            yield return "negated";
        }

        if (RussianFuture.Find(c) is { } future)
        {
            yield return "future";
            yield return "future=" + future.Person;
        }

        if (RussianCondition.Find(c) is not null)
        {
            yield return "condition";
        }

        if (c.Find(RussianActWords.FirstPerson) >= 0)
        {
            yield return "first-person";
        }
    }

    /// <summary>
    /// A word's key, lower case: a Russian word without its case ending (<see cref="RussianCases"/>), an English one
    /// without its tense (<see cref="EnglishStems.Stem"/>); a number is "#", so that no figure is a word of its own.
    /// </summary>
    public static string Stem(string text, Token token, bool russian)
    {
        if (char.IsDigit(text[token.Start]))
        {
            return "#";
        }

        var length = russian ? RussianCases.StemLength(text, token.Start, token.End) : token.End - token.Start;
        var word = text.Substring(token.Start, length).ToLowerInvariant().Replace('ё', 'е');
        return russian ? word : EnglishStems.Stem(word);
    }
}
