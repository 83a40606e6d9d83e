namespace Dataset.Annotations.Parsing;

/// <summary>
/// The regular expressions that constrain field values, written once for both the reader and the JSON Schema. They use
/// only syntax that .NET and ECMA-262 (JSON Schema's dialect) read alike.
/// </summary>
internal static class FieldPatterns
{
    /// <summary>Kebab-case: lowercase letters and digits in dash-separated words, starting with a letter.</summary>
    public const string Id = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    /// <summary>Ids are capped so that generated names stay readable and bounded.</summary>
    public const int MaxIdLength = 200;

    /// <summary>A Wikidata item: Q followed by digits, no leading zero.</summary>
    public const string Wikidata = "^Q[1-9][0-9]*$";

    /// <summary>YYYY-MM-DD; the reader also checks that the day exists.</summary>
    public const string Date = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    /// <summary>An http or https address without white space; the reader also checks that it is an absolute URI with a host.</summary>
    public const string Url = "^https?://[^\\s/?#]+[^\\s]*$";

    /// <summary>Free text must hold something other than whitespace.</summary>
    public const string NonBlank = "\\S";
}
