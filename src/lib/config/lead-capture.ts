import raw from '../../data/lead-capture.json' with { type: 'json' };
import { parseDataFile } from './config-error';
import { leadCaptureFileSchema, type LeadCapture } from './lead-capture-schema';

export const LEAD_CAPTURE_FILE = 'src/data/lead-capture.json';

/** Where leads go, or null (the default) for no lead form; importing this fails the build when the file is wrong. */
export const leadCapture: LeadCapture | null = parseDataFile(leadCaptureFileSchema, raw, LEAD_CAPTURE_FILE).leadCapture;
