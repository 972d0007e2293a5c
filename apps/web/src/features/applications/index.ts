export { RejectApplicationDialog, type RejectApplicationDialogProps } from './reject-application-dialog';
