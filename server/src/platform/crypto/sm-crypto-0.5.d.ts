import 'sm-crypto';

// Members of sm-crypto 0.5 that @types/sm-crypto (written for 0.3) does not declare.
declare module 'sm-crypto' {
  namespace sm2 {
    /** Derives the key pair from `seed` (read in `radix`) instead of sm-crypto's own random generator. */
    function generateKeyPairHex(seed: string, radix: number): KeyPairHex;
    function getPublicKeyFromPrivateKey(privateKey: string): string;
    function verifyPublicKey(publicKey: string): boolean;
  }
}
