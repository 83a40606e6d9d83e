using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using System.Threading;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.Annotations.Parsing;
using Dataset.Annotations.Text.Languages;

namespace Dataset.Annotations.Validation;

/// <summary>Finds each evidence string in its article: exactly once, or a diagnostic that says what to do.</summary>
internal static class EvidenceLocator
{
    private const int ContextLength = 32;
    private const int MaxLinesListed = 5;

    /// <summary>Counting stops past this many occurrences: the message only needs to say "more context".</summary>
    private const int MaxOccurrences = 100;

    public static EquatableArray<EvidenceForFile> Locate(EvidenceWork work, CancellationToken cancellationToken = default)
    {
        var text = work.Text.Content ?? string.Empty;
        var name = Path.GetFileName(work.Text.Path);
        var tooLarge = text.Length > YamlLimits.MaxArticleChars;
        TextNormalizer? normalized = null;
        var result = new List<EvidenceForFile>();
        foreach (var request in work.Requests)
        {
            var outcomes = new List<EvidenceResult>();
            foreach (var ask in request.Asks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(tooLarge
                    ? new EvidenceResult(
                        ask.ItemKey,
                        null,
                        DiagnosticInfo.Create(
                            DiagnosticDescriptors.LimitExceeded,
                            ask.Evidence.Location,
                            FormattableString.Invariant(
                                $"The article text '{name}' is {text.Length:N0} characters long; the limit is {YamlLimits.MaxArticleChars:N0}; ")
                                + "split the article, one annotation per part"))
                    : Find(ask, text, name, ref normalized));
            }

            result.Add(new EvidenceForFile(request.AnnotationPath, text.Length, outcomes.ToEquatableArray())
            {
                Language = LanguageGuess.Of(request.StatedLanguage, text),
            });
        }

        return result.ToEquatableArray();
    }

    private static EvidenceResult Find(EvidenceAsk ask, string text, string name, ref TextNormalizer? normalized)
    {
        var evidence = ask.Evidence.Value;
        var starts = Occurrences(text, evidence);
        if (starts.Count == 1)
        {
            return new EvidenceResult(ask.ItemKey, Span(text, evidence, starts[0]), null);
        }

        if (ask.ItemKey.IsUnannotated)
        {
            // A passage left unannotated that is not found once silences nothing; it changes no record, so a warning.
            return Problem(ask, DiagnosticDescriptors.UnannotatedPassageNotFound, starts.Count == 0 ? "does not occur" : "occurs more than once", name);
        }

        if (starts.Count > 1)
        {
            var lines = string.Join(
                ", ",
                starts.Select(s => LineOf(text, s)).Distinct().Take(MaxLinesListed).Select(l => l.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var count = starts.Count > MaxOccurrences
                ? "more than " + MaxOccurrences
                : starts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(ask, DiagnosticDescriptors.EvidenceAmbiguous, count, name, lines);
        }

        normalized ??= TextNormalizer.Normalize(text);
        var folded = TextNormalizer.Normalize(evidence).Text.Trim();
        var near = folded.Length == 0 ? new List<int>() : Occurrences(normalized.Text, folded);
        if (near.Count >= 1)
        {
            var start = normalized.Origins[near[0]];
            var last = normalized.Origins[near[0] + folded.Length - 1];
            var exact = text.Substring(start, last + 1 - start);
            return Problem(ask, DiagnosticDescriptors.EvidenceNearMatch, name, "quotes, dashes, white space and case", Quote(exact));
        }

        return Problem(ask, DiagnosticDescriptors.EvidenceNotFound, name);
    }

    private static EvidenceResult Problem(EvidenceAsk ask, DiagnosticRule descriptor, params string[] arguments) =>
        new(ask.ItemKey, null, DiagnosticInfo.Create(descriptor, ask.Evidence.Location, arguments));

    /// <summary>Whether the value occurs in the text exactly once: the rule evidence must meet, for whoever proposes it.</summary>
    public static bool OccursOnce(string text, string value) => Occurrences(text, value).Count == 1;

    private static List<int> Occurrences(string text, string value)
    {
        var found = new List<int>();
        if (value.Length == 0)
        {
            return found;
        }

        for (var at = text.IndexOf(
            value, StringComparison.Ordinal); at >= 0 && found.Count <= MaxOccurrences; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    /// <summary>The span of the evidence found once at <paramref name="start"/>: its exact text is the evidence itself, shared.</summary>
    private static EvidenceSpan Span(string text, string exact, int start)
    {
        var end = start + exact.Length;
        return new(
            exact,
            text.Substring(Math.Max(0, start - ContextLength), Math.Min(ContextLength, start)),
            text.Substring(end, Math.Min(ContextLength, text.Length - end)),
            start,
            end,
            LineOf(text, start),
            LineOf(text, Math.Max(start, end - 1)));
    }

    private static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The article's text in double quotes with YAML escapes, so it can be pasted into the annotation as is.</summary>
    private static string Quote(string exact)
    {
        var builder = new System.Text.StringBuilder(exact.Length + 2).Append('"');
        foreach (var c in exact)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
