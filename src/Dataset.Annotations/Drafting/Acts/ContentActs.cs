using System;
using System.Collections.Generic;
using Dataset.Annotations.Text;

namespace Dataset.Annotations.Drafting.Acts;

/// <summary>The act rules of an article's language: what a plain verb's content reads as, and what overrides a verb's own act.</summary>
internal sealed record ContentActs(
    Func<SaidContent, ActReading?> Read,
    Func<string, SaidContent, ActReading?> Refine,
    Func<SaidContent, IEnumerable<FiredRule>> Fired)
{
    private static readonly ContentActs English = new(SaidActs.Read, SaidActs.Refine, SaidActs.Fired);
    private static readonly ContentActs Russian = new(RussianSaidActs.Read, RussianSaidActs.Refine, RussianSaidActs.Fired);

    /// <summary>
    /// The rules of <paramref name="language"/> (an ISO 639-1 code): Russian's for Russian, English's otherwise, as the
    /// drafts read only these two.
    /// </summary>
    public static ContentActs For(string language) => language == TextLanguage.Russian ? Russian : English;

    /// <summary>The act of the first rule that fires on the content, in order, or null when none does (a claim).</summary>
    public static ActReading? First(IEnumerable<Func<SaidContent, ActReading?>> rules, SaidContent content)
    {
        foreach (var rule in rules)
        {
            if (rule(content) is { } reading)
            {
                return reading;
            }
        }

        return null;
    }

    /// <summary>Every rule that fires on the content, in order, by its name: the act model reads each as a signal.</summary>
    public static IEnumerable<FiredRule> All(IEnumerable<Func<SaidContent, ActReading?>> rules, SaidContent content)
    {
        foreach (var rule in rules)
        {
            if (rule(content) is { } reading)
            {
                yield return new FiredRule(rule.Method.Name, reading.Act);
            }
        }
    }
}

/// <summary>A rule that fired on what was said, by its method's name, and the act it reads.</summary>
internal readonly record struct FiredRule(string Rule, string Act);
