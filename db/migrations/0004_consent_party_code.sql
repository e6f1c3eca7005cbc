-- Consents recorded from a placement page stored the employer party as "tyonantaja"; the consent
-- forms and their labels use "employer". One code for one party.
UPDATE `consents` SET `parties` = replace(`parties`, '"tyonantaja"', '"employer"') WHERE `parties` LIKE '%"tyonantaja"%';
