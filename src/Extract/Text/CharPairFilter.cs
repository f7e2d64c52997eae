namespace Pipeline.Extract.Text;

/// <summary>
/// A set of character pairs asked before a dictionary lookup (a bit per hash of the pair, 128 KB): "no" is exact, "yes"
/// may be wrong for about one pair in a hundred when a few thousand pairs are in, and the lookup decides then.
/// </summary>
internal sealed class CharPairFilter
{
    private const int Bits = 20;
    private readonly ulong[] _bits = new ulong[(1 << Bits) / 64];

    public void Add(char first, char second)
    {
        var h = Hash(first, second);
        _bits[h >> 6] |= 1UL << (int)(h & 63);
    }

    public bool MayContain(char first, char second)
    {
        var h = Hash(first, second);
        return (_bits[h >> 6] & (1UL << (int)(h & 63))) != 0;
    }

    private static uint Hash(char first, char second) => ((uint)first << 16 | second) * 0x9E3779B1u >> (32 - Bits);
}
