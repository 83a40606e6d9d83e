using System.Text;

namespace Dataset.Fuzz;

/// <summary>
/// One fuzzing input: an annotation, then the marker line, then the article it names. Without a marker the whole
/// input is the annotation and the article is empty. Any bytes are an input: invalid UTF-8 becomes U+FFFD, as a
/// build reading the file would see it.
/// </summary>
public sealed record FuzzInput(string Annotation, string Article)
{
    public const string Marker = "\n=== article ===\n";

    public static FuzzInput From(byte[] bytes)
    {
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? new FuzzInput(text, string.Empty) : new FuzzInput(text[..at], text[(at + Marker.Length)..]);
    }

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(Annotation + Marker + Article);
}
