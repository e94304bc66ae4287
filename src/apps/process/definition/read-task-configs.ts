import type {
  EFormidlingConfig,
  EFormidlingDataTypes,
  EnvironmentValue,
  PaymentConfig,
  PdfConfig,
  SignatureConfig,
  SubformPdfConfig,
} from './process-definition.ts';
import { attributeOf, childrenNamed, childText, firstChild, type XmlNode } from './xml-element-tree.ts';

/** Texts of `<list><item>…</item>…</list>`, e.g. `dataTypesToSign/dataType`. */
function textList(parent: XmlNode, listName: string, itemName: string): string[] {
  const list = firstChild(parent, listName);
  if (list === undefined) return [];
  return childrenNamed(list, itemName)
    .map((item) => item.text.trim())
    .filter((text) => text !== '');
}

function environmentValues(parent: XmlNode, name: string): EnvironmentValue[] {
  return childrenNamed(parent, name).flatMap((element) => {
    const value = element.text.trim();
    if (value === '') return [];
    const env = attributeOf(element, 'env');
    return [env === undefined ? { value } : { env, value }];
  });
}

const isTrue = (text: string | undefined): boolean => text?.toLowerCase() === 'true';

/** Copies the defined entries only, so absent settings stay absent rather than `undefined`. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

export function readSignatureConfig(config: XmlNode): SignatureConfig {
  return defined({
    dataTypesToSign: textList(config, 'dataTypesToSign', 'dataType'),
    signatureDataType: childText(config, 'signatureDataType'),
    uniqueFromSignaturesInDataTypes: textList(config, 'uniqueFromSignaturesInDataTypes', 'dataType'),
    signeeProviderId: childText(config, 'signeeProviderId'),
    signeeStatesDataTypeId: childText(config, 'signeeStatesDataTypeId'),
    signingPdfDataType: childText(config, 'signingPdfDataType'),
    correspondenceResources: environmentValues(config, 'correspondenceResource'),
    runDefaultValidator: isTrue(childText(config, 'runDefaultValidator')),
  });
}

export function readPaymentConfig(config: XmlNode): PaymentConfig {
  return defined({
    paymentDataType: childText(config, 'paymentDataType'),
    paymentReceiptPdfDataType: childText(config, 'paymentReceiptPdfDataType'),
    paymentProcessorId: childText(config, 'paymentProcessorId'),
  });
}

export function readPdfConfig(config: XmlNode): PdfConfig {
  return defined({
    filenameTextResourceKey: childText(config, 'filenameTextResourceKey'),
    filename: childText(config, 'filename'),
    dataTypeId: childText(config, 'dataTypeId'),
    autoPdfTaskIds: textList(config, 'autoPdfTaskIds', 'taskId'),
  });
}

export function readEFormidlingConfig(config: XmlNode): EFormidlingConfig {
  const dataTypes: EFormidlingDataTypes[] = childrenNamed(config, 'dataTypes').map((list) => {
    const env = attributeOf(list, 'env');
    const dataTypeIds = childrenNamed(list, 'dataType')
      .map((item) => item.text.trim())
      .filter((text) => text !== '');
    return env === undefined ? { dataTypeIds } : { env, dataTypeIds };
  });
  return {
    enabled: environmentValues(config, 'enabled'),
    receiver: environmentValues(config, 'receiver'),
    process: environmentValues(config, 'process'),
    standard: environmentValues(config, 'standard'),
    typeVersion: environmentValues(config, 'typeVersion'),
    type: environmentValues(config, 'type'),
    securityLevel: environmentValues(config, 'securityLevel'),
    dpfShipmentType: environmentValues(config, 'dpfShipmentType'),
    dataTypes,
  };
}

export function readSubformPdfConfig(config: XmlNode): SubformPdfConfig {
  return defined({
    filename: childText(config, 'filename'),
    subformComponentId: childText(config, 'subformComponentId'),
    // Altinn's own element name has the typo `subformDatatTypeId`; accept both spellings.
    subformDataTypeId: childText(config, 'subformDatatTypeId') ?? childText(config, 'subformDataTypeId'),
    parallelExecution: isTrue(childText(config, 'parallelExecution')),
  });
}
