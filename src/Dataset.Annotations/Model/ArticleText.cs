using System;
using System.Text;

namespace Dataset.Annotations.Model;

/// <summary>
/// An article text file, read whole, kept as UTF-8: half the memory of a string, for a text that every later step
/// reads only when its evidence or its coverage is checked again (<see cref="Content"/> decodes it then). A text UTF-8
/// cannot hold as it is (a lone surrogate an editor's buffer may have) is kept as the string, so nothing is changed.
/// Equal by path and content.
/// </summary>
internal sealed class ArticleText : IEquatable<ArticleText>
{
    private static readonly Encoding Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _text;

    /// <param name="path">The article's path.</param>
    /// <param name="content">Its text, or null when it could not be read.</param>
    public ArticleText(string path, string? content)
    {
        Path = path;
        if (content is not null)
        {
            try
            {
                Utf8 = Strict.GetBytes(content);
            }
            catch (EncoderFallbackException)
            {
                _text = content;
            }
        }
    }

    /// <summary>An article whose text is already held as UTF-8 (as the language server keeps a file it read): shared, not copied.</summary>
    public ArticleText(string path, byte[] utf8)
    {
        Path = path;
        Utf8 = utf8;
    }

    public string Path { get; }

    /// <summary>The text as UTF-8, or null when it is kept as a string or could not be read.</summary>
    public byte[]? Utf8 { get; }

    /// <summary>The text, decoded each time it is asked for (each check reads it once), or null when it could not be read.</summary>
    public string? Content => Utf8 is null ? _text : Encoding.UTF8.GetString(Utf8);

    public bool Equals(ArticleText? other) =>
        other is not null && (ReferenceEquals(this, other) || (Path == other.Path && _text == other._text && SameBytes(Utf8, other.Utf8)));

    public override bool Equals(object? obj) => obj is ArticleText other && Equals(other);

    private static bool SameBytes(byte[]? a, byte[]? b) => a is null ? b is null : b is not null && a.AsSpan().SequenceEqual(b);

    public override int GetHashCode() => (Path.GetHashCode() * 31) + (Utf8?.Length ?? _text?.Length ?? -1);
}
