using System.Text;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Security;

namespace Bot.Host.Tests.Support;

/// <summary>An Ed25519 key pair made for one test, signing HTTP interactions the way Discord signs them.</summary>
public sealed class Ed25519KeyPair
{
    private readonly Ed25519PrivateKeyParameters _privateKey;

    public Ed25519KeyPair()
    {
        var generator = new Ed25519KeyPairGenerator();
        generator.Init(new Ed25519KeyGenerationParameters(new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        _privateKey = (Ed25519PrivateKeyParameters)pair.Private;
        PublicKeyHex = Convert.ToHexStringLower(((Ed25519PublicKeyParameters)pair.Public).GetEncoded());
    }

    /// <summary>What the developer portal shows as the application's public key: 64 hex characters.</summary>
    public string PublicKeyHex { get; }

    /// <summary>The <c>X-Signature-Ed25519</c> value: hex signature over UTF-8(timestamp + body).</summary>
    public string Sign(string timestamp, string body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp + body);
        var signer = new Ed25519Signer();
        signer.Init(true, _privateKey);
        signer.BlockUpdate(message, 0, message.Length);
        return Convert.ToHexStringLower(signer.GenerateSignature());
    }
}
