namespace Dataset.Annotations.Text;

/// <summary>
/// A declared name found in a text: the name as declared, the id it names, where it stands (<c>[Start, End)</c>), and
/// whether the text has it in another case than declared ("Казахстана" for "Казахстан").
/// </summary>
internal readonly record struct NameMatch(string Name, string Id, int Start, int End, bool Inflected);
