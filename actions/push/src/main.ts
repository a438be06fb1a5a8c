import * as core from '@actions/core';
import { hello } from '@service-pipeline/oci';
core.info(hello('world'));
