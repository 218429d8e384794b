export { sm3, sm3Hex, hmacSm3, type Bytes } from './sm3.js';
export {
  DEFAULT_SM2_USER_ID,
  generateSm2KeyPair,
  isSm2PublicKey,
  sm2PublicKeyOf,
  sm2Sign,
  sm2Verify,
  type Sm2KeyPair,
} from './sm2.js';
export { sm2PrivateKeyFromPem, sm2PrivateKeyToPem, sm2PublicKeyFromPem, sm2PublicKeyToPem } from './sm2-pem.js';
export { CiphertextRejected, SM4_KEY_BYTES, decryptSm4, encryptSm4 } from './sm4.js';
export { loadSm4MasterKey, masterKeyOf, sm4KeyFile } from './master-key.js';
