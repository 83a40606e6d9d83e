namespace Dataset.Annotations.Text.Languages;

/// <summary>The writing systems a language guess tells apart.</summary>
internal enum Script
{
    None,
    Latin,
    Cyrillic,
    Arabic,
    Hebrew,
    Greek,
    Armenian,
    Georgian,
    Devanagari,
    Bengali,
    Thai,
    Hangul,
    Kana,
    Han,
}
