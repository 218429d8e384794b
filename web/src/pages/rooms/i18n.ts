import { registerMessages } from '../../app/i18n';
import '../org/shared/i18n';
import { roomsEn, roomsZhCN } from './messages';

registerMessages(roomsZhCN, roomsEn);
