using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System;
using Dataset.Annotations.Collections;
using Dataset.Annotations.Diagnostics;
using Dataset.Annotations.Model;
using Dataset.LanguageFormat;

namespace Dataset.Annotations.Parsing;

/// <summary>
/// Reads the fields of one YAML mapping against its <see cref="SectionSpec"/>: reports unknown, duplicate and missing
/// fields up front, then hands out typed values, reporting each wrong one where it was written.
/// </summary>
internal sealed class MappingReader
{
    private static readonly Regex IdPattern = new(FieldPatterns.Id, RegexOptions.CultureInvariant);
    private static readonly Regex WikidataPattern = new(FieldPatterns.Wikidata, RegexOptions.CultureInvariant);
    private static readonly Regex DatePattern = new(FieldPatterns.Date, RegexOptions.CultureInvariant);
    private static readonly Regex UrlPattern = new(FieldPatterns.Url, RegexOptions.CultureInvariant);

    private readonly SectionSpec _spec;
    private readonly string _what;
    private readonly List<DiagnosticInfo> _diagnostics;
    private readonly Dictionary<string, YamlNode> _values;
    private readonly Dictionary<string, LocationInfo> _keys;

    public MappingReader(YamlMapping mapping, SectionSpec spec, string what, List<DiagnosticInfo> diagnostics)
    {
        // Sized for the mapping's keys: every statement of every file is read through one.
        _values = new Dictionary<string, YamlNode>(mapping.Entries.Count, StringComparer.Ordinal);
        _keys = new Dictionary<string, LocationInfo>(mapping.Entries.Count, StringComparer.Ordinal);
        _spec = spec;
        _what = what;
        _diagnostics = diagnostics;
        Location = mapping.Location;
        Mapping = mapping;
        YamlNode? previousValue = null;
        foreach (var entry in mapping.Entries)
        {
            var before = previousValue;
            previousValue = entry.Value;
            if (entry.Key is not YamlScalar key || key.IsNull)
            {
                Report(DiagnosticDescriptors.WrongType, entry.Key.Location, "key", "a plain name", entry.Key.Describe());
                continue;
            }

            if (spec.Find(key.Value) is null)
            {
                var hint = DidYouMean.For(key.Value, spec.Fields.Select(f => f.Name));
                Report(
                    hint,
                    DiagnosticDescriptors.UnknownField,
                    key.Location,
                    key.Value,
                    what,
                    hint.Candidates.Count == 0 && CommaSplit(before, key, entry.Value) is { } whole
                        ? $"; a comma inside {{ … }} ends a value: write the value in quotes, \"{whole}\""
                        : hint.Candidates.Count > 0 ? hint.Text : "; expected one of: " + Suggestions.List(spec.Fields.Select(f => f.Name)));
                continue;
            }

            if (_values.ContainsKey(key.Value))
            {
                Report(DiagnosticDescriptors.DuplicateField, key.Location, key.Value, what);
                continue;
            }

            _values[key.Value] = entry.Value;
            _keys[key.Value] = key.Location;
        }

        foreach (var field in spec.Fields.Where(f => f.Required))
        {
            if (!_values.TryGetValue(field.Name, out var value) || value is YamlScalar { IsNull: true })
            {
                Report(field.Missing ?? DiagnosticDescriptors.MissingField, Location, field.Name, what);
            }
        }
    }

    public LocationInfo Location { get; }

    /// <summary>
    /// The value a comma cut in two, when a key without a value follows a plain value on its line ("{ title: министр
    /// строительства, жилищно-коммунального хозяйства …, of: … }" reads "жилищно-коммунального …" as a key): the two
    /// joined as written.
    /// </summary>
    private static string? CommaSplit(YamlNode? before, YamlScalar key, YamlNode value) =>
        before is YamlScalar { IsPlain: true, IsNull: false } cut
            && value is YamlScalar { IsNull: true }
            && key.IsPlain
            && cut.Location.EndLine == key.Location.StartLine
                ? cut.Value + ", " + key.Value
                : null;

    /// <summary>The mapping read, for edits that span all of it.</summary>
    public YamlMapping Mapping { get; }

    /// <summary>The layout this mapping is read against.</summary>
    public SectionSpec Spec => _spec;

    /// <summary>How messages name this mapping: "document", "statement 'kirby-vows'".</summary>
    public string What => _what;

    /// <summary>Where this reader reports, so that nested readers report to the same list.</summary>
    public List<DiagnosticInfo> Diagnostics => _diagnostics;

    /// <summary>True once any problem was reported for this mapping.</summary>
    public bool HasErrors { get; private set; }

    public YamlNode? Node(string field) =>
        _values.TryGetValue(field, out var node) && node is not YamlScalar { IsNull: true } ? node : null;

    /// <summary>Where a field's name is written, for edits that act on the whole entry.</summary>
    public LocationInfo? KeyLocation(string field) => _keys.TryGetValue(field, out var location) ? location : null;

    /// <summary>A field's value as written, null or not, for edits that replace it.</summary>
    public YamlNode? RawNode(string field) => _values.TryGetValue(field, out var node) ? node : null;

    public Located? Scalar(string field)
    {
        var node = Node(field);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar scalar)
        {
            return new Located(scalar.Value, scalar.Location);
        }

        Report(DiagnosticDescriptors.WrongType, node.Location, field, "a single value", node.Describe());
        return null;
    }

    public string? Text(string field)
    {
        var located = Scalar(field);
        if (located is not null && located.Value.Trim().Length == 0)
        {
            Report(_spec.Find(field)?.Missing ?? DiagnosticDescriptors.MissingField, located.Location, field, _what);
            return null;
        }

        return located?.Value;
    }

    public Located? Id(string field)
    {
        var located = Scalar(field);
        if (located is not null && !IsValidId(located.Value))
        {
            Report(DiagnosticDescriptors.InvalidId, located.Location, located.Value);
            return null;
        }

        return located;
    }

    /// <summary>A reference to another id; its existence is checked later, against every file.</summary>
    public Located? Reference(string field) => Id(field);

    public EquatableArray<Located> References(string field)
    {
        var result = new List<Located>();
        foreach (var item in ScalarItems(field))
        {
            if (IsValidId(item.Value))
            {
                result.Add(item);
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidId, item.Location, item.Value);
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>One id or a list of ids (same-as, distinct-from); their records are checked later, against every file.</summary>
    public EquatableArray<Located> IdOrIds(string field) =>
        Node(field) is YamlScalar ? (Reference(field) is { } single ? new[] { single }.ToEquatableArray() : EquatableArray<Located>.Empty) : References(field);

    /// <summary>
    /// A list of provisions: a kebab-case word must be one of the kinds (a typo is reported with the closest); any other
    /// wording (spaces, capitals, digits) is free text, kept, of kind <c>other</c>. A provision that applies to some of the
    /// sanction's targets only is a mapping of one entry, the provision and its target ids: <c>travel-ban: [a, b]</c>.
    /// </summary>
    public EquatableArray<ProvisionModel> Provisions(string field)
    {
        var kinds = _spec.Find(field)!.Values;
        var result = new List<ProvisionModel>();
        foreach (var node in Items(field))
        {
            if (ProvisionItem(field, node) is not { } found)
            {
                continue;
            }

            var (item, targets) = found;
            var text = item.Value.Trim();
            if (kinds.Contains(text))
            {
                result.Add(new ProvisionModel(text, null) { Targets = targets });
            }
            else if (text.Length == 0 || KebabWord.IsMatch(text))
            {
                var hint = DidYouMean.For(text, kinds);
                Report(
                    hint,
                    DiagnosticDescriptors.InvalidEnumValue,
                    item.Location,
                    item.Value,
                    "provision",
                    hint.Text,
                    string.Join(", ", kinds) + " (or words, kept as other)");
            }
            else
            {
                result.Add(new ProvisionModel("other", text) { Targets = targets });
            }
        }

        return result.ToEquatableArray();
    }

    /// <summary>A provision as written (a value, or a mapping of one provision to one target id or a list of them), or null when reported.</summary>
    private (Located Provision, EquatableArray<Located> Targets)? ProvisionItem(string field, YamlNode node)
    {
        switch (node)
        {
            case YamlScalar { IsNull: false } scalar:
                return (new Located(scalar.Value, scalar.Location), EquatableArray<Located>.Empty);
            case YamlMapping { Entries.Count: 1 } mapping when mapping.Entries[0].Key is YamlScalar { IsNull: false } key:
                var value = mapping.Entries[0].Value;
                var items = value switch
                {
                    YamlScalar { IsNull: false } one => new[] { one },
                    YamlSequence { Items.Count: > 0 } list when list.Items.All(i => i is YamlScalar { IsNull: false }) =>
                        list.Items.Cast<YamlScalar>().ToArray(),
                    _ => null,
                };
                if (items is null)
                {
                    Report(
                        DiagnosticDescriptors.WrongType,
                        value.Location,
                        key.Value,
                        "an actor id or a list of actor ids (the targets the provision applies to)",
                        value.Describe());
                    return null;
                }

                var targets = new List<Located>();
                foreach (var target in items)
                {
                    if (IsValidId(target.Value))
                    {
                        targets.Add(new Located(target.Value, target.Location));
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.InvalidId, target.Location, target.Value);
                    }
                }

                return (new Located(key.Value, key.Location), targets.ToEquatableArray());
            default:
                Report(
                    DiagnosticDescriptors.WrongType,
                    node.Location,
                    field + " entry",
                    "a provision, or a provision with the targets it applies to (travel-ban: [target ids])",
                    node.Describe());
                return null;
        }
    }

    private static readonly Regex KebabWord = new("^[a-z]+(-[a-z]+)*$", RegexOptions.CultureInvariant);

    public EquatableArray<string> TextList(string field) => ScalarItems(field).Select(l => l.Value).ToEquatableArray();

    public string? Enum(string field)
    {
        var located = Scalar(field);
        if (located is null)
        {
            return null;
        }

        var values = _spec.Find(field)!.Values;
        if (values.Contains(located.Value))
        {
            return located.Value;
        }

        var hint = DidYouMean.For(located.Value, values);
        Report(hint, DiagnosticDescriptors.InvalidEnumValue, located.Location, located.Value, field, hint.Text, string.Join(", ", values));
        return null;
    }

    public DateValue? Date(string field)
    {
        var located = Scalar(field);
        if (located is null)
        {
            return null;
        }

        // An explicit "undated" or "standing" records that the statement has no date: no value, and nothing to warn
        // about. A misspelt word is named as such, with the word it is near, rather than as a wrong date.
        if (_spec.Find(field)?.Kind == FieldKind.DateOrUndated)
        {
            if (AnnotationSchema.SaidOnWords.Contains(located.Value))
            {
                return null;
            }

            if (DidYouMean.For(located.Value, AnnotationSchema.SaidOnWords) is { Candidates.Count: > 0 } word)
            {
                Report(
                    word,
                    DiagnosticDescriptors.InvalidEnumValue,
                    located.Location,
                    located.Value,
                    field,
                    word.Text,
                    "YYYY-MM-DD, " + string.Join(", ", AnnotationSchema.SaidOnWords));
                return null;
            }
        }

        if (CalendarDate(located.Value) is { } date)
        {
            return date;
        }

        Report(DiagnosticDescriptors.InvalidDate, located.Location, located.Value);
        return null;
    }

    /// <summary>
    /// A date written yyyy-MM-dd (ASCII digits, nothing before or after) that is a day of the calendar, as
    /// <c>DateTime.TryParseExact</c> with that format reads it, without its culture-aware parsing of every date.
    /// </summary>
    public static DateValue? CalendarDate(string value)
    {
        if (value.Length != 10 || !DatePattern.IsMatch(value))
        {
            return null;
        }

        int Number(int start, int length)
        {
            var number = 0;
            for (var i = start; i < start + length; i++)
            {
                number = number * 10 + (value[i] - '0');
            }

            return number;
        }

        var (year, month, day) = (Number(0, 4), Number(5, 2), Number(8, 2));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateValue(year, month, day) : null;
    }

    /// <summary>An absolute http or https address with a host, as written.</summary>
    public string? Url(string field)
    {
        var located = Scalar(field);
        if (located is null)
        {
            return null;
        }

        if (UrlPattern.IsMatch(located.Value)
            && Uri.TryCreate(located.Value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0)
        {
            return located.Value;
        }

        Report(DiagnosticDescriptors.InvalidUrl, located.Location, located.Value);
        return null;
    }

    /// <summary>
    /// A two-letter ISO 639-1 code as written (lower case). Anything else is DS0046, with the code it most likely means:
    /// the code of a three-letter code or English name written instead ("rus", "Russian"), or the nearest name.
    /// </summary>
    public string? Language(string field)
    {
        var located = Scalar(field);
        if (located is null || LanguageCodes.Find(located.Value) is not null)
        {
            return located?.Value;
        }

        var hint = LanguageHint(located.Value.Trim());
        Report(hint, DiagnosticDescriptors.UnknownLanguage, located.Location, located.Value, hint.Text);
        return null;
    }

    private static DidYouMean LanguageHint(string value)
    {
        var named = LanguageCodes.All.FirstOrDefault(l =>
            string.Equals(l.Code, value, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.Alpha3, value, StringComparison.OrdinalIgnoreCase)
            || string.Equals(l.Name, value, StringComparison.OrdinalIgnoreCase));
        if (named is null && value.Length > 3 && Suggestions.Closest(value, LanguageCodes.All.Select(l => l.Name)) is { } name)
        {
            named = LanguageCodes.All.First(l => l.Name == name);
        }

        return named is null ? DidYouMean.None : new DidYouMean(new[] { named.Code }.ToEquatableArray());
    }

    public string? Wikidata(string field)
    {
        var located = Scalar(field);
        if (located is not null && !WikidataPattern.IsMatch(located.Value))
        {
            Report(DiagnosticDescriptors.InvalidWikidata, located.Location, located.Value);
            return null;
        }

        return located?.Value;
    }

    /// <summary>A YAML boolean (<c>true</c>, <c>false</c>, in any of their plain spellings); false when absent.</summary>
    public bool Flag(string field)
    {
        var node = Node(field);
        if (node is null)
        {
            return false;
        }

        if (node is YamlScalar { IsPlain: true } scalar && scalar.Value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return scalar.Value[0] is 't' or 'T';
        }

        Report(DiagnosticDescriptors.WrongType, node.Location, field, "true or false", DescribeNotFlag(node));
        return false;
    }

    /// <summary>A value that is not a flag, as the message shows it: its text, so 'yes' or "true" in quotes is seen as written.</summary>
    private static string DescribeNotFlag(YamlNode node) => node switch
    {
        YamlScalar { IsPlain: true } plain => $"'{plain.Value}'",
        YamlScalar quoted => $"the quoted text '{quoted.Value}'",
        _ => node.Describe(),
    };

    /// <summary>The mappings of a list field, for nested sections such as roles.</summary>
    public IEnumerable<YamlMapping> Mappings(string field)
    {
        foreach (var item in Items(field))
        {
            if (item is YamlMapping mapping)
            {
                yield return mapping;
            }
            else
            {
                Report(DiagnosticDescriptors.WrongType, item.Location, field + " entry", "a mapping", item.Describe());
            }
        }
    }

    public void Report(DiagnosticRule descriptor, LocationInfo location, params string[] arguments) =>
        Report(DidYouMean.None, descriptor, location, arguments);

    /// <summary>A diagnostic whose "did you mean" candidates are also its fixes.</summary>
    public void Report(DidYouMean hint, DiagnosticRule descriptor, LocationInfo location, params string[] arguments)
    {
        HasErrors |= descriptor.Severity == RuleSeverity.Error;
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments).WithFixes(hint));
    }

    public static bool IsValidId(string value) => value.Length <= FieldPatterns.MaxIdLength && IdPattern.IsMatch(value);

    private IEnumerable<Located> ScalarItems(string field)
    {
        foreach (var item in Items(field))
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                yield return new Located(scalar.Value, scalar.Location);
            }
            else
            {
                Report(DiagnosticDescriptors.WrongType, item.Location, field + " entry", "a single value", item.Describe());
            }
        }
    }

    private IEnumerable<YamlNode> Items(string field)
    {
        var node = Node(field);
        switch (node)
        {
            case null:
                return Array.Empty<YamlNode>();
            case YamlSequence sequence:
                return sequence.Items;
            default:
                Report(DiagnosticDescriptors.WrongType, node.Location, field, "a list", node.Describe());
                return Array.Empty<YamlNode>();
        }
    }
}
